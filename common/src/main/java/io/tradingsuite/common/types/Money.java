package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact, signed amount of the account currency (USD; the suite is single-currency for now).
 * Arithmetic is exact: sums and {@code quantity x price} never round. The only rounding operation is
 * {@link #divide}, which states its scale. Canonical form keeps at least two decimals. JSON: a decimal string.
 */
public record Money(BigDecimal value) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** Scale of results of the few divisions in accounting (average cost, pro-rata cost basis). */
    public static final int DIVISION_SCALE = 10;

    public Money {
        if (value == null) {
            throw new IllegalArgumentException("Money must not be null");
        }
        value = Decimals.canonical(value, 2);
    }

    @JsonCreator
    public static Money of(BigDecimal value) {
        return new Money(value);
    }

    public static Money of(String value) {
        return new Money(Decimals.parse("Money", value));
    }

    public static Money of(long units) {
        return new Money(BigDecimal.valueOf(units));
    }

    public Money plus(Money other) {
        return new Money(value.add(other.value));
    }

    public Money minus(Money other) {
        return new Money(value.subtract(other.value));
    }

    public Money negate() {
        return new Money(value.negate());
    }

    public Money times(BigDecimal factor) {
        return new Money(value.multiply(factor));
    }

    /** {@code this / divisor}, rounded half-even to {@link #DIVISION_SCALE} decimals. */
    public Money divide(BigDecimal divisor) {
        return new Money(value.divide(divisor, DIVISION_SCALE, RoundingMode.HALF_EVEN));
    }

    /** Rounded to cents, half-even: for display and reports, never for bookkeeping. */
    public Money toCents() {
        return new Money(value.setScale(2, RoundingMode.HALF_EVEN));
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @JsonValue
    public String toJson() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
