package io.tradingsuite.execution.order;

import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.VenueFill;
import io.tradingsuite.execution.algo.ParentProgress;
import org.springframework.stereotype.Component;

/**
 * Applies an update to a locked order, writes the new state and publishes the matching event through the outbox: the
 * one way services change an order. Must run inside the transaction that locked the order. A child order's fills and
 * ending are folded into its algorithm parent in the same transaction ({@link ParentProgress}).
 */
@Component
public class OrderTransitions {

    private final OrderRepository orders;
    private final Outbox outbox;
    private final ParentProgress parents;

    public OrderTransitions(OrderRepository orders, Outbox outbox, ParentProgress parents) {
        this.orders = orders;
        this.outbox = outbox;
        this.parents = parents;
    }

    /** Applies {@code update} (throws {@link io.tradingsuite.core.order.InvalidOrderTransition} when not allowed). */
    public OrderDomainEvent apply(Order order, OrderUpdate update) {
        OrderDomainEvent event = order.apply(update);
        orders.update(order);
        OrderEventMapper.toOrderEvent(order, event).ifPresent(outbox::publish);
        parents.childChanged(order, event);
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
