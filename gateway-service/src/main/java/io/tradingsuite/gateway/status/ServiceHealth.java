package io.tradingsuite.gateway.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One service's health as the gateway saw it just now.
 *
 * @param name        service name, e.g. {@code risk-service}
 * @param status      the actuator status, DOWN when unreachable or slower than the timeout
 * @param latencyMs   how long the health check took
 * @param error       why this check did not find the service UP; null when it is UP
 * @param lastError   the most recent error seen for this service since the gateway started (may be from an
 *                    earlier check while the service is UP again); null when there was none
 * @param lastErrorAt when {@code lastError} was seen
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceHealth(
        @JsonProperty("name") String name,
        @JsonProperty("status") HealthStatus status,
        @JsonProperty("latency_ms") long latencyMs,
        @JsonProperty("error") String error,
        @JsonProperty("last_error") String lastError,
        @JsonProperty("last_error_at") Instant lastErrorAt) {
}
