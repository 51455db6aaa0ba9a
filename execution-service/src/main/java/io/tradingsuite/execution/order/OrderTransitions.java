package io.tradingsuite.execution.order;

import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.VenueFill;
import io.tradingsuite.execution.algo.ParentProgress;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Applies an update to a locked order, writes the new state and publishes the matching event through the outbox: the
 * one way services change an order. Must run inside the transaction that locked the order. A child order's fills and
 * ending are folded into its algorithm parent in the same transaction ({@link ParentProgress}); the
 * {@link OrderChangeListener}s (the order-class contingencies) react in the same transaction too. A held leg that ends
 * is not announced: nobody outside ever heard of it (risk, the portfolio and bots see a leg from its release on).
 */
@Component
public class OrderTransitions {

    private final OrderRepository orders;
    private final Outbox outbox;
    private final ParentProgress parents;
    private final List<OrderChangeListener> listeners;

    public OrderTransitions(OrderRepository orders, Outbox outbox, ParentProgress parents,
            List<OrderChangeListener> listeners) {
        this.orders = orders;
        this.outbox = outbox;
        this.parents = parents;
        this.listeners = List.copyOf(listeners);
    }

    /** Applies {@code update} (throws {@link io.tradingsuite.core.order.InvalidOrderTransition} when not allowed). */
    public OrderDomainEvent apply(Order order, OrderUpdate update) {
        boolean held = order.status() == OrderStatus.HELD;
        OrderDomainEvent event = order.apply(update);
        orders.update(order);
        if (!held) {
            OrderEventMapper.toOrderEvent(order, event).ifPresent(outbox::publish);
        }
        parents.childChanged(order, event);
        for (OrderChangeListener listener : listeners) {
            listener.changed(order, event, this);
        }
        return event;
    }

    /**
     * Records a venue's fill of the locked order: the fill row (unique trade id), the {@code Fill} transition and
     * {@code FillExecuted}. False, with nothing written, when the trade id is already recorded (a replay): the
     * caller then rolls its transaction back.
     */
    public boolean applyFill(Order order, VenueFill fill, String venue) {
        if (!orders.insertFill(order, fill, venue)) {
            return false;
        }
        Fill applied = fill.toFill();
        apply(order, applied);
        outbox.publish(OrderEventMapper.toFillExecuted(order, applied));
        return true;
    }
}
