package io.tradingsuite.common.types;

import java.util.regex.Pattern;

/** Shared format check of the identifier value types. */
final class Identifiers {

    private Identifiers() {
    }

    static void check(String type, Pattern format, String value) {
        if (value == null) {
            throw new IllegalArgumentException(type + " must not be null");
        }
        if (!format.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + type + " '" + value + "': must match " + format.pattern());
        }
    }
}
