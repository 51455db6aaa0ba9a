package io.tradingsuite.core.marketdata;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A completed 1-minute OHLCV bar over {@code [start, end)} in market time. */
public record Bar(Symbol symbol, Instant start, Instant end, Price open, Price high, Price low, Price close, long volume) {

    /** Timeframe token of the bars built here (Alpaca's name). */
    public static final String ONE_MINUTE = "1Min";
    public static final Duration LENGTH = Duration.ofMinutes(1);

    public Bar {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        if (high.isBelow(low) || high.isBelow(open) || high.isBelow(close) || low.isAbove(open) || low.isAbove(close)) {
            throw new IllegalArgumentException("inconsistent OHLC bar for " + symbol);
        }
        if (volume < 0) {
            throw new IllegalArgumentException("negative volume");
        }
    }

    /** The published event for this bar. */
    public BarClosed toEvent(UUID eventId, Instant occurredAt) {
        return new BarClosed(eventId, occurredAt, null, symbol, ONE_MINUTE, start, end, open, high, low, close, volume);
    }
}
