package io.tradingsuite.marketdata.feed;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.marketdata.Bar;
import io.tradingsuite.core.marketdata.DefaultUniverse;
import io.tradingsuite.core.marketdata.SimulatedFeed;
import io.tradingsuite.core.marketdata.SimulatedInstrument;
import io.tradingsuite.core.marketdata.UsEquitySession;
import io.tradingsuite.marketdata.bar.BarRepository;
import io.tradingsuite.marketdata.config.SimulationProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drives the simulated feed on a single scheduler thread: one step every {@code bar-interval / ticks-per-bar} of
 * real time. On start it resumes after the last stored bar (last closes as start prices) so that a restart
 * continues the series instead of repeating it; otherwise it starts at the 09:30 open of the configured date.
 */
@Component
public class SimulationRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

    private final SimulationProperties properties;
    private final BarRepository bars;
    private final FeedProcessor processor;
    private final Clock clock;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    public SimulationRunner(SimulationProperties properties, BarRepository bars, FeedProcessor processor, Clock clock) {
        this.properties = properties;
        this.bars = bars;
        this.processor = processor;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("Simulated feed disabled (ts.market-data.simulation.enabled=false)");
            running = true;
            return;
        }
        SimulatedFeed feed = createFeed();
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("simulated-feed").daemon(true).factory());
        long periodMicros = properties.stepInterval().toNanos() / 1_000;
        scheduler.scheduleAtFixedRate(() -> step(feed), periodMicros, periodMicros, TimeUnit.MICROSECONDS);
        running = true;
        log.info("Simulated feed started: {} symbols, seed {}, {} per simulated minute, {} ticks per bar, market time {}",
                properties.symbols().isEmpty() ? DefaultUniverse.instruments().size() : properties.symbols().size(),
                properties.seed(), properties.barInterval(), properties.ticksPerBar(), feed.marketTime());
    }

    private void step(SimulatedFeed feed) {
        try {
            processor.process(feed.step());
        } catch (RuntimeException e) {
            // never let an exception cancel the periodic task; the next step retries
            log.warn("Simulated feed step failed: {}", e.toString());
        }
    }

    /** The feed as configured, resumed after the last stored bar if there is one. */
    SimulatedFeed createFeed() {
        List<Bar> lastBars = bars.findLastOfEachSymbol();
        Map<Symbol, Price> lastCloses = lastBars.stream().collect(Collectors.toMap(Bar::symbol, Bar::close));
        List<SimulatedInstrument> instruments = instruments().stream()
                .map(i -> Optional.ofNullable(lastCloses.get(i.symbol())).map(i::withStartPrice).orElse(i))
                .toList();
        Instant first = lastBars.stream().map(Bar::start).max(Comparator.naturalOrder())
                .map(UsEquitySession::nextMinute)
                .orElseGet(() -> UsEquitySession.openOn(Optional.ofNullable(properties.startDate())
                        .orElseGet(() -> LocalDate.now(clock.withZone(UsEquitySession.NEW_YORK)))));
        return new SimulatedFeed(instruments, properties.seed(), properties.ticksPerBar(), first);
    }

    private List<SimulatedInstrument> instruments() {
        Map<Symbol, SimulatedInstrument> universe = DefaultUniverse.instruments().stream()
                .collect(Collectors.toMap(SimulatedInstrument::symbol, Function.identity()));
        List<SimulatedInstrument> selected = properties.symbols().isEmpty()
                ? DefaultUniverse.instruments()
                : properties.symbols().stream().map(s -> {
                    SimulatedInstrument instrument = universe.get(Symbol.of(s));
                    if (instrument == null) {
                        throw new IllegalArgumentException("ts.market-data.simulation.symbols: unknown symbol " + s);
                    }
                    return instrument;
                }).toList();
        return selected.stream().map(i -> {
            var override = properties.startPrices().get(i.symbol().value());
            return override == null ? i : i.withStartPrice(Price.of(override));
        }).toList();
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // after the outbox relay and web server: publish only once everything else is up
        return Integer.MAX_VALUE - 1000;
    }
}
