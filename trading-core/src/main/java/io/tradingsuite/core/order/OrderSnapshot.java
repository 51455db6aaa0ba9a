package io.tradingsuite.core.order;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.Objects;

/**
 * The complete state of an {@link Order}, for persistence: {@link Order#snapshot()} writes it and
 * {@link Order#restore(OrderSnapshot)} reads it back. {@code filledNotional} is the exact sum of
 * {@code quantity x price} over all fills; {@code fillCount} numbers the fills (trade ids derive from it).
 * {@code replaces}/{@code replacedBy} link an order to the one it replaced and the one that replaced it (null when
 * none); {@code stopTriggeredAt} is when a stop order's stop price was reached (null until then);
 * {@code trailWatermark} is a trailing stop's best price seen since it started working (null otherwise).
 */
public record OrderSnapshot(
        OrderId id,
        AccountId accountId,
        OrderTicket ticket,
        String correlationId,
        OrderStatus status,
        Quantity filledQuantity,
        Money filledNotional,
        int fillCount,
        String reasonCode,
        String reasonDetail,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant filledAt,
        OrderId replaces,
        OrderId replacedBy,
        Instant stopTriggeredAt,
        Price trailWatermark) {

    public OrderSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(filledQuantity, "filledQuantity");
        Objects.requireNonNull(filledNotional, "filledNotional");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A snapshot of an order without a trailing watermark. */
    public OrderSnapshot(OrderId id, AccountId accountId, OrderTicket ticket, String correlationId, OrderStatus status,
            Quantity filledQuantity, Money filledNotional, int fillCount, String reasonCode, String reasonDetail,
            Instant createdAt, Instant updatedAt, Instant submittedAt, Instant filledAt, OrderId replaces,
            OrderId replacedBy, Instant stopTriggeredAt) {
        this(id, accountId, ticket, correlationId, status, filledQuantity, filledNotional, fillCount, reasonCode,
                reasonDetail, createdAt, updatedAt, submittedAt, filledAt, replaces, replacedBy, stopTriggeredAt, null);
    }
}
