package io.tradingsuite.execution.order;

import io.tradingsuite.core.order.Order;

/**
 * The answer to an order entry: the order as it stands after the decision wait, and whether this request created it
 * ({@code false} for a repeat of an existing client order id).
 */
public record Placement(Order order, boolean created) {
}
