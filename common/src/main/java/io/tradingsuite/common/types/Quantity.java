package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * A signed, exact quantity of an asset (fractional shares allowed, at most {@value #MAX_SCALE} decimals).
 * Order quantities are positive; position quantities may be negative (short). JSON: a decimal string.
 */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

    public static final int MAX_SCALE = 9;
    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

    public Quantity {
        if (value == null) {
            throw new IllegalArgumentException("Quantity must not be null");
        }
        value = Decimals.canonical(value, 0);
        if (value.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("Quantity has more than " + MAX_SCALE + " decimals: " + value.toPlainString());
        }
    }

    @JsonCreator
    public static Quantity of(BigDecimal value) {
        return new Quantity(value);
    }

    public static Quantity of(String value) {
        return new Quantity(Decimals.parse("Quantity", value));
    }

    public static Quantity of(long units) {
        return new Quantity(BigDecimal.valueOf(units));
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value.add(other.value));
    }

    public Quantity minus(Quantity other) {
        return new Quantity(value.subtract(other.value));
    }

    public Quantity negate() {
        return new Quantity(value.negate());
    }

    public Quantity abs() {
        return new Quantity(value.abs());
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isWhole() {
        return value.scale() <= 0; // canonical: trailing zeros are stripped
    }

    @JsonValue
    public String toJson() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
