package io.tradingsuite.common.validation;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.util.Objects;

/**
 * One entry of the asset master: what may be traded and in which increments.
 * {@code lotSize} is the quantity increment (1 = whole shares; fractionable assets also accept fractions of
 * {@code minFractionalQuantity}); {@code tickSize} is the price increment for prices of at least $1 (below $1
 * the minimum increment is 0.0001, per Reg NMS rule 612).
 */
public record Asset(
        Symbol symbol,
        String name,
        String assetClass,
        String exchange,
        boolean tradable,
        boolean shortable,
        boolean fractionable,
        Quantity lotSize,
        Price tickSize) {

    public Asset {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lotSize, "lotSize");
        Objects.requireNonNull(tickSize, "tickSize");
        if (!lotSize.isPositive()) {
            throw new IllegalArgumentException("lotSize must be positive");
        }
    }
}
