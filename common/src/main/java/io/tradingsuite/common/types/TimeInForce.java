package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Time in force (Alpaca's names). JSON: the lower-case wire name. */
public enum TimeInForce {
    DAY("day"),
    GTC("gtc"),
    IOC("ioc"),
    FOK("fok"),
    OPG("opg"),
    CLS("cls");

    private final String wire;

    TimeInForce(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Parses a wire name, case-insensitively. */
    @JsonCreator
    public static TimeInForce fromWire(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (TimeInForce candidate : values()) {
                if (candidate.wire.equals(wanted)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("invalid TimeInForce '" + text + "': expected one of " + wireNames());
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(TimeInForce::wire).collect(Collectors.joining(", "));
    }
}
