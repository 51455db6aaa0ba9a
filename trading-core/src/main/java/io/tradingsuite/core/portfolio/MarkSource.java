package io.tradingsuite.core.portfolio;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.util.Map;
import java.util.Optional;

/** Latest known market price per symbol (the last price of the latest quote). */
@FunctionalInterface
public interface MarkSource {

    /** No quotes at all: every position is marked at its last fill price. */
    MarkSource NONE = symbol -> Optional.empty();

    Optional<Price> markOf(Symbol symbol);

    /** Marks from a fixed map. */
    static MarkSource of(Map<Symbol, Price> marks) {
        Map<Symbol, Price> copy = Map.copyOf(marks);
        return symbol -> Optional.ofNullable(copy.get(symbol));
    }
}
