package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifier of one execution (fill); fills are applied exactly once by it. */
public record TradeId(@JsonValue String value) implements Comparable<TradeId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public TradeId {
        Identifiers.check("TradeId", FORMAT, value);
    }

    @JsonCreator
    public static TradeId of(String value) {
        return new TradeId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(TradeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
