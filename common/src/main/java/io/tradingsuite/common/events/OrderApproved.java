package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Price;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Risk approved the order; {@code referencePrice} is the quote price the checks used. */
public record OrderApproved(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        UUID requestId,
        OrderTicket order,
        Price referencePrice,
        long limitsVersion) implements OrderDecisionEvent {

    public OrderApproved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(order, "order");
    }
}
