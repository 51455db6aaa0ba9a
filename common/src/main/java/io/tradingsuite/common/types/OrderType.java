package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Order type (Alpaca's names). JSON: the lower-case wire name. */
public enum OrderType {
    MARKET("market"),
    LIMIT("limit"),
    STOP("stop"),
    STOP_LIMIT("stop_limit"),
    TRAILING_STOP("trailing_stop");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Parses a wire name, case-insensitively. */
    @JsonCreator
    public static OrderType fromWire(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (OrderType candidate : values()) {
                if (candidate.wire.equals(wanted)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("invalid OrderType '" + text + "': expected one of " + wireNames());
    }

    public boolean requiresLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    public boolean requiresStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(OrderType::wire).collect(Collectors.joining(", "));
    }
}
