package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Ticker symbol of a tradable asset, upper case (e.g. {@code AAPL}, {@code BRK.B}). */
public record Symbol(@JsonValue String value) implements Comparable<Symbol> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{0,9}([./][A-Z0-9]{1,5})?");

    public Symbol {
        Identifiers.check("Symbol", FORMAT, value);
    }

    @JsonCreator
    public static Symbol of(String value) {
        return new Symbol(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(Symbol other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
