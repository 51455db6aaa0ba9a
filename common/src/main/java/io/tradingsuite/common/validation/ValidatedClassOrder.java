package io.tradingsuite.common.validation;

import io.tradingsuite.common.types.OrderClass;
import java.util.Objects;

/**
 * An order request with its order class that passed every check: {@code order} is the entry of a bracket or oto, the
 * take-profit limit order of an oco, or the simple order itself; {@code exits} are the legs' prices.
 */
public record ValidatedClassOrder(ValidatedOrder order, OrderClass orderClass, ExitPrices exits) {

    public ValidatedClassOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(orderClass, "orderClass");
        Objects.requireNonNull(exits, "exits");
    }
}
