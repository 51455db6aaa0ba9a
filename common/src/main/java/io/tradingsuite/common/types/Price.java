package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A strictly positive price per unit, exact ({@link BigDecimal}, at most {@value #MAX_SCALE} decimals).
 * Canonical form keeps at least two decimals, so {@code 187.250} and {@code 187.25} are the same price.
 * JSON: a decimal string ({@code "187.25"}); numbers are accepted on input.
 */
public record Price(BigDecimal value) implements Comparable<Price> {

    public static final int MAX_SCALE = 8;

    public Price {
        if (value == null) {
            throw new IllegalArgumentException("Price must not be null");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("Price must be positive, was " + value.toPlainString());
        }
        value = Decimals.canonical(value, 2);
        if (value.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("Price has more than " + MAX_SCALE + " decimals: " + value.toPlainString());
        }
    }

    @JsonCreator
    public static Price of(BigDecimal value) {
        return new Price(value);
    }

    public static Price of(String value) {
        return new Price(Decimals.parse("Price", value));
    }

    public static Price of(long units) {
        return new Price(BigDecimal.valueOf(units));
    }

    /** Rounds an arbitrary positive amount to the given tick (half-even), e.g. a simulated price to {@code 0.01}. */
    public static Price roundedToTick(BigDecimal value, BigDecimal tick) {
        BigDecimal ticks = value.divide(tick, 0, RoundingMode.HALF_EVEN);
        BigDecimal rounded = ticks.multiply(tick);
        return new Price(rounded.signum() > 0 ? rounded : tick);
    }

    /** Exact notional: quantity x price. */
    public Money times(Quantity quantity) {
        return Money.of(value.multiply(quantity.value()));
    }

    /** This price moved by the given basis points (positive up, negative down), rounded to {@link #MAX_SCALE} decimals. */
    public Price plusBps(BigDecimal bps) {
        BigDecimal factor = BigDecimal.ONE.add(bps.movePointLeft(4));
        return new Price(value.multiply(factor).setScale(MAX_SCALE, RoundingMode.HALF_EVEN));
    }

    public boolean isMultipleOf(BigDecimal tick) {
        return value.remainder(tick).signum() == 0;
    }

    public boolean isAbove(Price other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(Price other) {
        return compareTo(other) < 0;
    }

    @JsonValue
    public String toJson() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Price other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
