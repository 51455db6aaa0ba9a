package io.tradingsuite.gateway.status;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /api/system/status}.
 *
 * @param status    UP (every service UP), DEGRADED (some) or DOWN (none)
 * @param checkedAt when the checks started
 * @param services  each configured service, in configuration order
 */
public record SystemStatus(
        @JsonProperty("status") HealthStatus status,
        @JsonProperty("checked_at") Instant checkedAt,
        @JsonProperty("services") List<ServiceHealth> services) {

    public SystemStatus {
        services = List.copyOf(services);
    }
}
