package io.tradingsuite.core.algo;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Quantity;

/**
 * Child orders of a parent: the parent's ticket (symbol, side, type, limits, time in force, source, bot) with the
 * child's quantity and a client order id derived from the parent id and the child's number, so a retried release can
 * never create a second child with the same number (orders are unique per account and client order id).
 */
public final class ChildOrders {

    private ChildOrders() {
    }

    /** {@code <parentOrderId>-<childNumber>}, child numbers counting from 1. */
    public static ClientOrderId clientOrderId(OrderId parent, int childNumber) {
        if (childNumber < 1) {
            throw new IllegalArgumentException("child numbers start at 1");
        }
        return ClientOrderId.of(parent.value() + "-" + childNumber);
    }

    /** The ticket of child {@code childNumber} for {@code quantity} of the parent. */
    public static OrderTicket ticket(OrderId parentId, OrderTicket parent, int childNumber, Quantity quantity) {
        if (!quantity.isPositive() || quantity.compareTo(parent.quantity()) > 0) {
            throw new IllegalArgumentException("child quantity " + quantity + " outside (0, " + parent.quantity() + "]");
        }
        return new OrderTicket(clientOrderId(parentId, childNumber), parent.symbol(), parent.side(), parent.type(),
                parent.timeInForce(), quantity, parent.limitPrice(), parent.stopPrice(), parent.source(),
                parent.botId());
    }
}
