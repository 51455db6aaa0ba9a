package io.tradingsuite.risk.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Outcome of a risk decision. JSON and metric tag: the lower-case name. */
public enum Outcome {
    APPROVED,
    DENIED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code approved}/{@code denied}, case-insensitively. */
    @JsonCreator
    public static Outcome fromWire(String text) {
        for (Outcome outcome : values()) {
            if (outcome.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("invalid outcome '" + text + "': expected approved or denied");
    }
}
