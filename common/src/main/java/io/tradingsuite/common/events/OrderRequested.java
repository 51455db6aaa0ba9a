package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A request for an order, from a bot, a person (REST) or another service; risk answers with a decision.
 * {@code replaces} is the client order id of the working order this one replaces (a {@code PATCH}), null for a new
 * order: risk decides a replacement as if the original's open reservation were already released (the replacement
 * takes its place), as a broker checks a replace against buying power net of the order it replaces.
 */
public record OrderRequested(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderTicket order,
        ClientOrderId replaces) implements OrderRequestEvent {

    public OrderRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(order, "order");
        if (order.clientOrderId().equals(replaces)) {
            throw new IllegalArgumentException("an order cannot replace itself: " + replaces);
        }
    }

    /** A request for a new order (replaces nothing). */
    public OrderRequested(UUID eventId, Instant occurredAt, String correlationId, AccountId accountId,
            OrderTicket order) {
        this(eventId, occurredAt, correlationId, accountId, order, null);
    }
}
