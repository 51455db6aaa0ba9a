package io.tradingsuite.core.order;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import java.time.Instant;

/**
 * What happened to an order after {@link Order#apply(OrderUpdate)}: the result of a command, for the adapter to
 * persist and publish (the execution service maps these to the {@code execution.order-events.v1} contract).
 */
public sealed interface OrderDomainEvent {

    OrderId orderId();

    Instant at();

    /** The order's status after the event. */
    OrderStatus status();

    /** Risk approved and the venue acknowledged: the order is {@code new}. */
    record OrderAccepted(OrderId orderId, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.NEW;
        }
    }

    /** Risk refused the order. */
    record OrderDenied(OrderId orderId, String reasonCode, String detail, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.DENIED;
        }
    }

    /** The venue refused the order. */
    record OrderRejected(OrderId orderId, String reasonCode, String detail, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.REJECTED;
        }
    }

    /**
     * A fill left part of the order open; quantities are cumulative, the average is over all fills so far.
     * {@code status} is {@code partially_filled}, or the pending status the order stays in when a cancel or replace
     * is unresolved.
     */
    record OrderPartiallyFilled(OrderId orderId, Fill fill, Quantity filledQuantity, Quantity leavesQuantity,
            Price averageFillPrice, OrderStatus status, Instant at) implements OrderDomainEvent {
    }

    /** A fill completed the order; {@code filledQuantity} equals the order quantity. */
    record OrderFilled(OrderId orderId, Fill fill, Quantity filledQuantity, Price averageFillPrice, Instant at)
            implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.FILLED;
        }
    }

    /** The order was canceled; {@code filledQuantity} is what filled before. */
    record OrderCanceled(OrderId orderId, Quantity filledQuantity, String reason, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.CANCELED;
        }
    }

    /** The order expired; {@code filledQuantity} is what filled before. */
    record OrderExpired(OrderId orderId, Quantity filledQuantity, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.EXPIRED;
        }
    }

    /** A cancel was requested ({@code pending_cancel}); not published: the confirmation is. */
    record CancelRequested(OrderId orderId, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.PENDING_CANCEL;
        }
    }

    /** A replacement was requested ({@code pending_replace}); not published. */
    record ReplaceRequested(OrderId orderId, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.PENDING_REPLACE;
        }
    }

    /** A pending cancel or replace was refused; the order is working again in {@code status}. Not published. */
    record PendingRequestRefused(OrderId orderId, String reason, OrderStatus status, Instant at)
            implements OrderDomainEvent {
    }

    /**
     * The order was replaced by {@code replacedBy} (client order id {@code replacedByClientOrderId}); what filled
     * before stays filled.
     */
    record OrderReplaced(OrderId orderId, OrderId replacedBy,
            io.tradingsuite.common.types.ClientOrderId replacedByClientOrderId, Quantity filledQuantity, Instant at)
            implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.REPLACED;
        }
    }

    /** The stop price was reached; the order now works as a market (stop) or limit (stop_limit) order. */
    record StopTriggered(OrderId orderId, OrderStatus status, Instant at) implements OrderDomainEvent {
    }

    /** A trailing stop's watermark moved; its stop price moved with it. Internal: not published on a topic. */
    record TrailMoved(OrderId orderId, io.tradingsuite.common.types.Price watermark, OrderStatus status, Instant at)
            implements OrderDomainEvent {
    }

    /** The venue is done with the order for the day ({@code done_for_day}); {@code filledQuantity} is what filled. */
    record OrderDoneForDay(OrderId orderId, Quantity filledQuantity, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.DONE_FOR_DAY;
        }
    }

    /** The next session opened: the order works again in {@code status} (new or partially_filled). Not published. */
    record OrderResumed(OrderId orderId, OrderStatus status, Instant at) implements OrderDomainEvent {
    }

    /** A held leg was released for {@code quantity}: it is {@code pending_new}, its request goes to risk. */
    record OrderReleased(OrderId orderId, Quantity quantity, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.PENDING_NEW;
        }
    }

    /** The order's quantity was reduced to {@code quantity} (a contingent sibling filled); status unchanged. */
    record QuantityReduced(OrderId orderId, Quantity quantity, OrderStatus status, Instant at)
            implements OrderDomainEvent {
    }
}
