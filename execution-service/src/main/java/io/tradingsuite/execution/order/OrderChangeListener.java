package io.tradingsuite.execution.order;

import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;

/**
 * Reacts to a change of an order inside the transaction that made it ({@link OrderTransitions} calls every listener
 * after writing the order and its event). {@code transitions} is how a listener changes other orders, so their
 * changes are written, published and reacted to the same way.
 */
public interface OrderChangeListener {

    void changed(Order order, OrderDomainEvent event, OrderTransitions transitions);
}
