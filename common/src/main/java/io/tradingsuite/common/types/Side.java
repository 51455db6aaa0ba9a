package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Order side. JSON: the lower-case wire name. */
public enum Side {
    BUY("buy"),
    SELL("sell");

    private final String wire;

    Side(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Parses a wire name, case-insensitively. */
    @JsonCreator
    public static Side fromWire(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (Side candidate : values()) {
                if (candidate.wire.equals(wanted)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("invalid Side '" + text + "': expected one of " + wireNames());
    }

    /** +1 for buy, -1 for sell: the sign of the position change. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(Side::wire).collect(Collectors.joining(", "));
    }
}
