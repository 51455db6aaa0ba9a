package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifier the execution service assigns to an order. */
public record OrderId(@JsonValue String value) implements Comparable<OrderId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public OrderId {
        Identifiers.check("OrderId", FORMAT, value);
    }

    @JsonCreator
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
