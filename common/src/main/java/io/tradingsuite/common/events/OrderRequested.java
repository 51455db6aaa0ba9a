package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A request for an order, from a bot, a person (REST) or another service; risk answers with a decision. */
public record OrderRequested(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderTicket order) implements OrderRequestEvent {

    public OrderRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(order, "order");
    }
}
