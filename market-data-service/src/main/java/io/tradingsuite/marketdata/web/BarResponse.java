package io.tradingsuite.marketdata.web;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.marketdata.Bar;
import java.time.Instant;

/** One OHLCV bar over {@code [start, end)}. */
public record BarResponse(Symbol symbol, String timeframe, Instant start, Instant end, Price open, Price high,
                          Price low, Price close, long volume) {

    static BarResponse of(Bar b) {
        return new BarResponse(b.symbol(), Bar.ONE_MINUTE, b.start(), b.end(), b.open(), b.high(), b.low(), b.close(),
                b.volume());
    }
}
