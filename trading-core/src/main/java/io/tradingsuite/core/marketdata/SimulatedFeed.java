package io.tradingsuite.core.marketdata;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A deterministic simulated market: every symbol's mid price follows a driftless geometric Brownian motion with
 * the instrument's annualised volatility, sampled {@code ticksPerBar} times per simulated minute of the US
 * session. Each step prints one trade per symbol at the mid rounded to the tick, with a size drawn around the
 * intraday volume curve, and a quote whose bid/ask straddle the mid by the instrument's spread (rounded outward to
 * the tick, so the quote is never crossed and the last trade lies inside it). Bars are built by a
 * {@link BarAggregator} and close on the last step of each minute.
 *
 * <p>Each symbol has its own {@link RandomGenerator} seeded from the feed seed and the symbol, so a symbol's
 * series depends only on the seed, its instrument and the tick rate, not on which other symbols are simulated.
 * Doubles are used only for the simulation state; everything emitted is exact. Not thread-safe.
 */
public final class SimulatedFeed {

    /** Trading minutes in a year (252 sessions of 390 minutes): the time unit of annualised volatility. */
    public static final double TRADING_MINUTES_PER_YEAR = 252.0 * UsEquitySession.MINUTES;
    /** Log-normal dispersion of trade sizes around the volume curve. */
    private static final double SIZE_DISPERSION = 0.25;
    private static final long ROUND_LOT = 100;

    private final int ticksPerBar;
    private final Duration tickSpacing;
    private final double sqrtDt;
    private final IntradayVolumeCurve volumeCurve = new IntradayVolumeCurve();
    private final BarAggregator aggregator = new BarAggregator();
    private final Map<Symbol, SymbolState> states = new LinkedHashMap<>();
    private Instant minuteStart;
    private int tickInMinute;

    /**
     * @param instruments the simulated symbols (distinct)
     * @param seed        the seed of all random draws
     * @param ticksPerBar steps per simulated minute (1..600)
     * @param firstMinute market time of the first step; moved to the next session open if outside the session
     */
    public SimulatedFeed(List<SimulatedInstrument> instruments, long seed, int ticksPerBar, Instant firstMinute) {
        Objects.requireNonNull(instruments, "instruments");
        Objects.requireNonNull(firstMinute, "firstMinute");
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("at least one instrument is required");
        }
        if (ticksPerBar < 1 || ticksPerBar > 600) {
            throw new IllegalArgumentException("ticksPerBar must be in 1..600, was " + ticksPerBar);
        }
        this.ticksPerBar = ticksPerBar;
        this.tickSpacing = Bar.LENGTH.dividedBy(ticksPerBar);
        this.sqrtDt = Math.sqrt(1.0 / ticksPerBar / TRADING_MINUTES_PER_YEAR);
        for (SimulatedInstrument instrument : instruments) {
            if (states.put(instrument.symbol(), new SymbolState(instrument, seed)) != null) {
                throw new IllegalArgumentException("duplicate instrument " + instrument.symbol());
            }
        }
        Instant minute = firstMinute.truncatedTo(ChronoUnit.MINUTES);
        this.minuteStart = UsEquitySession.minuteOfSession(minute) >= 0
                ? minute
                : UsEquitySession.nextMinute(minute);
    }

    public int ticksPerBar() {
        return ticksPerBar;
    }

    /** Market time of the next step. */
    public Instant marketTime() {
        return minuteStart.plus(tickSpacing.multipliedBy(tickInMinute));
    }

    /** Advances every symbol by one tick. */
    public FeedStep step() {
        Instant time = marketTime();
        int minuteOfSession = UsEquitySession.minuteOfSession(minuteStart);
        List<Tick> ticks = new ArrayList<>(states.size());
        List<Quote> quotes = new ArrayList<>(states.size());
        for (SymbolState state : states.values()) {
            state.advance(sqrtDt);
            Tick tick = state.trade(time, volumeCurve.expectedMinuteVolume(
                    state.instrument.averageDailyVolume(), minuteOfSession) / ticksPerBar);
            ticks.add(tick);
            quotes.add(state.quote(time, tick.price()));
            aggregator.onTick(tick);
        }
        List<Bar> closed = List.of();
        tickInMinute++;
        if (tickInMinute == ticksPerBar) {
            closed = aggregator.closeUpTo(minuteStart.plus(Bar.LENGTH));
            minuteStart = UsEquitySession.nextMinute(minuteStart);
            tickInMinute = 0;
        }
        return new FeedStep(time, ticks, quotes, closed);
    }

    /** Steps to the end of the current minute; returns the bars of that minute. */
    public List<Bar> nextMinute() {
        while (true) {
            FeedStep step = step();
            if (!step.closedBars().isEmpty()) {
                return step.closedBars();
            }
        }
    }

    /** Per-symbol simulation state. */
    private static final class SymbolState {
        private final SimulatedInstrument instrument;
        private final RandomGenerator random;
        private final BigDecimal tick;
        private final double halfSpread;
        private final double sigma;
        private double mid;

        SymbolState(SimulatedInstrument instrument, long seed) {
            this.instrument = instrument;
            this.random = new SplittableRandom(seed ^ (instrument.symbol().value().hashCode() * 0x9E3779B97F4A7C15L));
            this.tick = instrument.asset().tickSize().value();
            this.halfSpread = instrument.spreadBps() / 2 / 10_000;
            this.sigma = instrument.annualVolatility();
            this.mid = instrument.startPrice().value().doubleValue();
        }

        /** Geometric Brownian motion step with zero drift: S *= exp(-sigma^2 dt / 2 + sigma sqrt(dt) Z). */
        void advance(double sqrtDt) {
            double z = random.nextGaussian();
            mid *= Math.exp(-0.5 * sigma * sigma * sqrtDt * sqrtDt + sigma * sqrtDt * z);
        }

        Tick trade(Instant time, double expectedSize) {
            double noise = Math.exp(SIZE_DISPERSION * random.nextGaussian() - 0.5 * SIZE_DISPERSION * SIZE_DISPERSION);
            long size = Math.max(1, Math.round(expectedSize * noise));
            return new Tick(instrument.symbol(), time, Price.roundedToTick(BigDecimal.valueOf(mid), tick), size);
        }

        Quote quote(Instant time, Price last) {
            Price bid = toTick(mid * (1 - halfSpread), RoundingMode.FLOOR);
            Price ask = toTick(mid * (1 + halfSpread), RoundingMode.CEILING);
            if (bid.isAbove(last)) {
                bid = last;
            }
            if (ask.isBelow(last)) {
                ask = last;
            }
            Quantity bidSize = Quantity.of(ROUND_LOT * (1 + random.nextInt(20)));
            Quantity askSize = Quantity.of(ROUND_LOT * (1 + random.nextInt(20)));
            return new Quote(instrument.symbol(), time, bid, ask, bidSize, askSize, last);
        }

        private Price toTick(double value, RoundingMode mode) {
            BigDecimal ticks = BigDecimal.valueOf(value).divide(tick, 0, mode);
            BigDecimal price = ticks.multiply(tick);
            return new Price(price.signum() > 0 ? price : tick);
        }
    }
}
