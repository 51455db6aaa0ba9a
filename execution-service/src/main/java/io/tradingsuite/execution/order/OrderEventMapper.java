package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderAccepted;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.events.OrderDoneForDay;
import io.tradingsuite.common.events.OrderEvent;
import io.tradingsuite.common.events.OrderExpired;
import io.tradingsuite.common.events.OrderFilled;
import io.tradingsuite.common.events.OrderPartiallyFilled;
import io.tradingsuite.common.events.OrderRejected;
import io.tradingsuite.common.events.OrderReplaced;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.venue.PaperVenue;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps trading-core's {@link OrderDomainEvent}s to the published contract of {@code execution.order-events.v1} and
 * {@code execution.fills.v1}. A denial is not published by execution (risk already published the decision); a
 * replaced order is published as {@code OrderReplaced} (with the replacement's ids), an order the venue is done with
 * for the day as {@code OrderDoneForDay}; pending cancel/replace steps, stop triggers, trail moves and the resumption
 * of a {@code done_for_day} order at the next session are internal and not published.
 */
public final class OrderEventMapper {

    private OrderEventMapper() {
    }

    /** The order event to publish for a domain event, if any. */
    public static Optional<OrderEvent> toOrderEvent(Order order, OrderDomainEvent event) {
        var account = order.accountId();
        var coid = order.ticket().clientOrderId();
        String corr = order.correlationId();
        return switch (event) {
            case OrderDomainEvent.OrderAccepted e -> Optional.of(new OrderAccepted(UUID.randomUUID(), e.at(), corr, account,
                    order.id(), coid, order.ticket(), PaperVenue.NAME));
            case OrderDomainEvent.OrderDenied ignored -> Optional.empty();
            case OrderDomainEvent.OrderRejected e -> Optional.of(new OrderRejected(UUID.randomUUID(), e.at(), corr, account,
                    order.id(), coid, e.reasonCode(), e.detail()));
            case OrderDomainEvent.OrderPartiallyFilled e -> Optional.of(new OrderPartiallyFilled(UUID.randomUUID(), e.at(),
                    corr, account, order.id(), coid, e.fill().tradeId(), e.filledQuantity(), e.leavesQuantity(),
                    e.averageFillPrice()));
            case OrderDomainEvent.OrderFilled e -> Optional.of(new OrderFilled(UUID.randomUUID(), e.at(), corr, account,
                    order.id(), coid, e.fill().tradeId(), e.filledQuantity(), e.averageFillPrice()));
            case OrderDomainEvent.OrderCanceled e -> Optional.of(new OrderCanceled(UUID.randomUUID(), e.at(), corr, account,
                    order.id(), coid, e.filledQuantity(), e.reason()));
            case OrderDomainEvent.OrderExpired e -> Optional.of(new OrderExpired(UUID.randomUUID(), e.at(), corr, account,
                    order.id(), coid, e.filledQuantity()));
            // the original ends (terminal: risk releases its remainder); the replacement has its own OrderAccepted
            case OrderDomainEvent.OrderReplaced e -> Optional.of(new OrderReplaced(UUID.randomUUID(), e.at(), corr,
                    account, order.id(), coid, e.replacedBy(), e.replacedByClientOrderId(), e.filledQuantity()));
            case OrderDomainEvent.OrderDoneForDay e -> Optional.of(new OrderDoneForDay(UUID.randomUUID(), e.at(), corr,
                    account, order.id(), coid, e.filledQuantity()));
            // internal steps: the outcome (cancel, replace, fill) is what gets published
            case OrderDomainEvent.CancelRequested ignored -> Optional.empty();
            case OrderDomainEvent.ReplaceRequested ignored -> Optional.empty();
            case OrderDomainEvent.PendingRequestRefused ignored -> Optional.empty();
            case OrderDomainEvent.StopTriggered ignored -> Optional.empty();
            case OrderDomainEvent.TrailMoved ignored -> Optional.empty();
            case OrderDomainEvent.OrderResumed ignored -> Optional.empty();
            // a released leg is announced by its OrderRequested; the contract has no quantity change (risk keeps the
            // larger reservation until the reduced order ends: never less than what can still fill)
            case OrderDomainEvent.OrderReleased ignored -> Optional.empty();
            case OrderDomainEvent.QuantityReduced ignored -> Optional.empty();
        };
    }

    /** The fill event of one execution of an order. */
    public static FillExecuted toFillExecuted(Order order, Fill fill) {
        var t = order.ticket();
        return new FillExecuted(UUID.randomUUID(), fill.at(), order.correlationId(), order.accountId(), fill.tradeId(),
                order.id(), t.clientOrderId(), t.botId(), t.symbol(), t.side(), fill.quantity(), fill.price(),
                PaperVenue.NAME);
    }
}
