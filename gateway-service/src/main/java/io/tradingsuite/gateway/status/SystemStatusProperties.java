package io.tradingsuite.gateway.status;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code GET /api/system/status} under {@code ts.gateway.status}.
 *
 * @param timeout  how long one service's health check may take before it counts as DOWN
 * @param services service name → base URL (the health endpoint is {@code <url>/actuator/health}); by default the
 *                 same {@code TS_*_URL} variables the routes use
 */
@ConfigurationProperties("ts.gateway.status")
public record SystemStatusProperties(
        @DefaultValue("PT2S") Duration timeout,
        Map<String, URI> services) {

    public SystemStatusProperties {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ts.gateway.status.timeout must be a positive duration, was " + timeout);
        }
        services = services == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }
}
