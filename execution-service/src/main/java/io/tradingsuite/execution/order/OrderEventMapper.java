package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderAccepted;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.events.OrderEvent;
import io.tradingsuite.common.events.OrderExpired;
import io.tradingsuite.common.events.OrderFilled;
import io.tradingsuite.common.events.OrderPartiallyFilled;
import io.tradingsuite.common.events.OrderRejected;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.venue.PaperVenue;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps trading-core's {@link OrderDomainEvent}s to the published contract of {@code execution.order-events.v1} and
 * {@code execution.fills.v1}. A denial is not published by execution (risk already published the decision); a
 * replaced order is published as {@code OrderCanceled} with reason {@code "replaced by <new order id>"} (the contract
 * has no replace event); pending cancel/replace steps and stop triggers are internal and not published.
 */
public final class OrderEventMapper {

    /** Reason prefix of the {@code OrderCanceled} that announces a replaced order. */
    public static final String REPLACED_BY = "replaced by ";

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
            // the contract has no OrderReplaced yet: the original ends, so it is announced as canceled (terminal,
            // risk releases its reservation); the replacement is announced by its own OrderAccepted
            case OrderDomainEvent.OrderReplaced e -> Optional.of(new OrderCanceled(UUID.randomUUID(), e.at(), corr,
                    account, order.id(), coid, e.filledQuantity(), REPLACED_BY + e.replacedBy().value()));
            // internal steps: the outcome (cancel, replace, fill) is what gets published
            case OrderDomainEvent.CancelRequested ignored -> Optional.empty();
            case OrderDomainEvent.ReplaceRequested ignored -> Optional.empty();
            case OrderDomainEvent.PendingRequestRefused ignored -> Optional.empty();
            case OrderDomainEvent.StopTriggered ignored -> Optional.empty();
            case OrderDomainEvent.TrailMoved ignored -> Optional.empty();
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
