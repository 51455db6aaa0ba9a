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

    /** A fill left part of the order open; quantities are cumulative, the average is over all fills so far. */
    record OrderPartiallyFilled(OrderId orderId, Fill fill, Quantity filledQuantity, Quantity leavesQuantity,
            Price averageFillPrice, Instant at) implements OrderDomainEvent {
        @Override
        public OrderStatus status() {
            return OrderStatus.PARTIALLY_FILLED;
        }
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
}
