package io.tradingsuite.core.marketdata;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.Objects;

/** One trade print: symbol, market time, price and size in shares. */
public record Tick(Symbol symbol, Instant time, Price price, long size) {

    public Tick {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(price, "price");
        if (size < 0) {
            throw new IllegalArgumentException("negative tick size");
        }
    }
}
