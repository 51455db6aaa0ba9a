package io.tradingsuite.common.types;

import java.math.BigDecimal;

/** Canonical forms of the exact decimal value types, so that equal amounts are equal records. */
final class Decimals {

    private Decimals() {
    }

    /** Strips trailing zeros but keeps at least {@code minScale} decimals and never a negative scale. */
    static BigDecimal canonical(BigDecimal value, int minScale) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < minScale ? stripped.setScale(minScale) : stripped;
    }

    static BigDecimal parse(String type, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(type + " must not be blank");
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid " + type + " '" + text + "': not a decimal number");
        }
    }
}
