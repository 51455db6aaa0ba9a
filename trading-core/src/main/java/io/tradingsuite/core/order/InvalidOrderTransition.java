package io.tradingsuite.core.order;

import io.tradingsuite.common.types.OrderId;

/**
 * An update that the transition table does not allow in the order's current status (for example a fill on a
 * canceled order), or a fill that would exceed the order quantity. The order is left unchanged.
 */
public class InvalidOrderTransition extends RuntimeException {

    private final transient OrderId orderId;
    private final OrderStatus status;
    private final transient OrderUpdate update;

    public InvalidOrderTransition(OrderId orderId, OrderStatus status, OrderUpdate update, String reason) {
        super("order " + orderId + " in status " + status.wire() + " cannot take "
                + update.getClass().getSimpleName() + ": " + reason);
        this.orderId = orderId;
        this.status = status;
        this.update = update;
    }

    public OrderId orderId() {
        return orderId;
    }

    public OrderStatus status() {
        return status;
    }

    public OrderUpdate update() {
        return update;
    }
}
