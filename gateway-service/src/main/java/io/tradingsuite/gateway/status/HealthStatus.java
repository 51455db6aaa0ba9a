package io.tradingsuite.gateway.status;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Locale;

/** Health of one service or of the whole suite, as Spring Boot's actuator names it (plus DEGRADED overall). */
public enum HealthStatus {
    /** Healthy. */
    UP,
    /** Unhealthy, unreachable or too slow to answer. */
    DOWN,
    /** Deliberately taken out of service. */
    OUT_OF_SERVICE,
    /** Answered with a status this gateway does not know. */
    UNKNOWN,
    /** Overall only: some services are UP, others are not. */
    DEGRADED;

    /** Parses an actuator status ({@code UP}, {@code DOWN}, ...); anything else is {@link #UNKNOWN}. */
    public static HealthStatus ofActuator(String status) {
        if (status == null) {
            return UNKNOWN;
        }
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "UP" -> UP;
            case "DOWN" -> DOWN;
            case "OUT_OF_SERVICE" -> OUT_OF_SERVICE;
            default -> UNKNOWN;
        };
    }

    /** UP when every service is UP, DOWN when none is, DEGRADED in between (UP for no services at all). */
    public static HealthStatus overall(Collection<HealthStatus> statuses) {
        long up = statuses.stream().filter(s -> s == UP).count();
        if (up == statuses.size()) {
            return UP;
        }
        return up == 0 ? DOWN : DEGRADED;
    }

    @JsonValue
    public String wireName() {
        return name();
    }
}
