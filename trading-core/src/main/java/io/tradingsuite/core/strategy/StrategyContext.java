package io.tradingsuite.core.strategy;

import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;

/** What a strategy may know about its own book when it decides. */
@FunctionalInterface
public interface StrategyContext {

    /** The strategy's current position in {@code symbol} (positive long, negative short, zero flat). */
    Quantity position(Symbol symbol);

    /** A context in which every position is flat. */
    static StrategyContext flat() {
        return symbol -> Quantity.ZERO;
    }
}
