package io.tradingsuite.common.events;

import io.tradingsuite.common.types.TradingState;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The trading state of a scope changed. {@code killSwitch} is true when the kill switch caused it: execution then
 * cancels every working order of the scope at once.
 */
public record TradingStateChanged(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        String scope,
        long version,
        TradingState state,
        boolean killSwitch,
        String reason,
        String changedBy) implements RiskControlEvent {

    public TradingStateChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public String partitionKey() {
        return "state/" + scope;
    }
}
