package io.tradingsuite.common.events;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A completed OHLCV bar. {@code start}/{@code end} are market-clock times (simulated when the feed is
 * simulated); {@code timeframe} is e.g. {@code 1Min}; {@code volume} is in shares.
 */
public record BarClosed(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        Symbol symbol,
        String timeframe,
        Instant start,
        Instant end,
        Price open,
        Price high,
        Price low,
        Price close,
        long volume) implements BarEvent {

    public BarClosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
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
}
