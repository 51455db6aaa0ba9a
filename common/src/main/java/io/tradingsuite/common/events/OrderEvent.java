package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;

/** Order lifecycle events on {@code execution.order-events.v1}, keyed by account. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OrderAccepted.class, name = "OrderAccepted"),
    @JsonSubTypes.Type(value = OrderPartiallyFilled.class, name = "OrderPartiallyFilled"),
    @JsonSubTypes.Type(value = OrderFilled.class, name = "OrderFilled"),
    @JsonSubTypes.Type(value = OrderCanceled.class, name = "OrderCanceled"),
    @JsonSubTypes.Type(value = OrderRejected.class, name = "OrderRejected"),
    @JsonSubTypes.Type(value = OrderExpired.class, name = "OrderExpired"),
    @JsonSubTypes.Type(value = OrderReplaced.class, name = "OrderReplaced"),
    @JsonSubTypes.Type(value = OrderDoneForDay.class, name = "OrderDoneForDay")
})
public sealed interface OrderEvent extends Event
        permits OrderAccepted, OrderPartiallyFilled, OrderFilled, OrderCanceled, OrderRejected, OrderExpired,
        OrderReplaced, OrderDoneForDay {

    AccountId accountId();

    OrderId orderId();

    ClientOrderId clientOrderId();

    /** True when the order can no longer change (filled, canceled, rejected, expired, replaced). */
    boolean terminal();

    @Override
    default String partitionKey() {
        return accountId().value();
    }
}
