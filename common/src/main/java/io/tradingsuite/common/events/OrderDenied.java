package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Risk refused the order ("denied" = refused by our own risk checks; "rejected" is the venue's refusal).
 * {@code reasonCode} is a stable {@code RISK_*} code, {@code policy} the name of the policy that denied.
 */
public record OrderDenied(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        UUID requestId,
        OrderTicket order,
        String policy,
        String reasonCode,
        String detail,
        long limitsVersion) implements OrderDecisionEvent {

    public OrderDenied {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }
}
