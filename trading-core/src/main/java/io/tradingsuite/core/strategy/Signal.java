package io.tradingsuite.core.strategy;

import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.util.Objects;

/** A strategy's wish to trade: buy or sell a positive quantity of a symbol, with a human-readable reason. */
public record Signal(Symbol symbol, Side side, Quantity quantity, String reason) {

    public Signal {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(reason, "reason");
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("signal quantity must be positive, was " + quantity);
        }
    }
}
