package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Order class (Alpaca's {@code order_class}): a {@link #SIMPLE} order stands alone; a {@link #BRACKET} is an entry
 * with a take-profit and a stop-loss exit held until the entry fills; an {@link #OCO} is two exits working at once
 * where one fill updates or cancels the other; an {@link #OTO} is an entry with one exit held until it fills.
 * JSON: the lower-case wire name.
 */
public enum OrderClass {
    SIMPLE("simple"),
    BRACKET("bracket"),
    OCO("oco"),
    OTO("oto");

    private final String wire;

    OrderClass(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Parses a wire name, case-insensitively. */
    @JsonCreator
    public static OrderClass fromWire(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (OrderClass candidate : values()) {
                if (candidate.wire.equals(wanted)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("invalid OrderClass '" + text + "': expected one of " + wireNames());
    }

    /** True for the classes whose exits wait for an entry ({@code bracket}, {@code oto}). */
    public boolean hasEntry() {
        return this == BRACKET || this == OTO;
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(OrderClass::wire).collect(Collectors.joining(", "));
    }
}
