package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who asked for an order: a bot, a person through REST, the portfolio rebalancer or an execution algorithm. JSON: the lower-case wire name. */
public enum OrderSource {
    BOT("bot"),
    MANUAL("manual"),
    REBALANCER("rebalancer"),
    ALGO("algo");

    private final String wire;

    OrderSource(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Parses a wire name, case-insensitively. */
    @JsonCreator
    public static OrderSource fromWire(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (OrderSource candidate : values()) {
                if (candidate.wire.equals(wanted)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("invalid OrderSource '" + text + "': expected one of " + wireNames());
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(OrderSource::wire).collect(Collectors.joining(", "));
    }
}
