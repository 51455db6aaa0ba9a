package io.tradingsuite.marketdata.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.marketdata.Bar;
import io.tradingsuite.core.marketdata.FeedStep;
import io.tradingsuite.core.marketdata.Quote;
import io.tradingsuite.marketdata.bar.BarRepository;
import io.tradingsuite.marketdata.quote.LatestQuotes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Turns one feed step into effects: latest quotes updated and published, closed bars stored then published.
 * A bar's event id is derived from symbol and start, so a bar re-produced after a restart has the same id and
 * consumers de-duplicate it; a bar already stored is not published again.
 */
@Component
public class FeedProcessor {

    private final LatestQuotes latestQuotes;
    private final BarRepository bars;
    private final MarketDataPublisher publisher;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<Symbol, Counter> quoteCounters = new ConcurrentHashMap<>();
    private final Map<Symbol, Counter> barCounters = new ConcurrentHashMap<>();

    public FeedProcessor(LatestQuotes latestQuotes, BarRepository bars, MarketDataPublisher publisher, Clock clock,
                         MeterRegistry meters) {
        this.latestQuotes = latestQuotes;
        this.bars = bars;
        this.publisher = publisher;
        this.clock = clock;
        this.meters = meters;
    }

    public void process(FeedStep step) {
        Instant now = clock.instant();
        for (Quote quote : step.quotes()) {
            QuoteUpdated event = quote.toEvent(UUID.randomUUID(), now);
            latestQuotes.update(event);
            publisher.publishQuote(event);
            counter(quoteCounters, "ts.marketdata.quotes.published", "Quotes published", quote.symbol()).increment();
        }
        for (Bar bar : step.closedBars()) {
            UUID eventId = barEventId(bar);
            if (bars.insert(bar, eventId, now)) {
                BarClosed event = bar.toEvent(eventId, now);
                publisher.publishBar(event);
                counter(barCounters, "ts.marketdata.bars.published", "Bars published", bar.symbol()).increment();
            }
        }
    }

    /** Deterministic id of a bar event: same symbol, timeframe and start, same id. */
    public static UUID barEventId(Bar bar) {
        String key = "BarClosed:" + bar.symbol().value() + ":" + Bar.ONE_MINUTE + ":" + bar.start();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private Counter counter(Map<Symbol, Counter> cache, String name, String description, Symbol symbol) {
        return cache.computeIfAbsent(symbol, s -> Counter.builder(name).description(description)
                .tag("symbol", s.value()).register(meters));
    }
}
