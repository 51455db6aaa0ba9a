package io.tradingsuite.common.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/** New risk limits for a scope (limit name → decimal or duration text), with the version decisions will cite. */
public record RiskLimitsChanged(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        String scope,
        long version,
        Map<String, String> limits,
        String changedBy) implements RiskControlEvent {

    public RiskLimitsChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scope, "scope");
        limits = limits == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(limits));
    }

    @Override
    public String partitionKey() {
        return "limits/" + scope;
    }
}
