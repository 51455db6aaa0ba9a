package io.tradingsuite.core.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact decimal as the policies compare it: a quantity, a price or an amount of money, held both as its
 * {@link BigDecimal} and, when it fits, as a fixed-point {@code long} of {@value #SCALE} decimals. Two amounts that
 * both fit compare as longs (no arithmetic, no allocation); otherwise they compare as decimals. Both ways give the
 * same answer, so the fast way is never an approximation: a value with more than {@value #SCALE} decimals or beyond
 * the long's range simply takes the decimal way.
 *
 * <p>Built once per order (its {@link OrderFigures}) or once per limits version ({@link LimitAmounts}), never on
 * the chain's path.
 */
public final class Amount implements Comparable<Amount> {

    /** Decimals of the fixed-point form: micro-units, enough for cents, sub-penny prices and most fractions. */
    public static final int SCALE = 6;
    /**
     * Integer digits beyond which a value can't fit a long of {@value #SCALE} decimals. Values with 13 integer
     * digits fit up to the long's range (|value| &lt;= 9,223,372,036,854.775807); the conversion checks that exactly.
     */
    private static final int MAX_INTEGER_DIGITS = 13;

    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    private final BigDecimal decimal;
    private final boolean fixed;
    private final long units;

    private Amount(BigDecimal decimal) {
        this.decimal = Objects.requireNonNull(decimal, "decimal");
        long scaled = 0;
        boolean fits = decimal.scale() <= SCALE && decimal.precision() - decimal.scale() <= MAX_INTEGER_DIGITS;
        if (fits) {
            try {
                scaled = decimal.movePointRight(SCALE).longValueExact();
            } catch (ArithmeticException outOfRange) {
                fits = false;
            }
        }
        this.fixed = fits;
        this.units = scaled;
    }

    public static Amount of(BigDecimal value) {
        return new Amount(value);
    }

    /** The exact value. */
    public BigDecimal decimal() {
        return decimal;
    }

    /** True when the value is held as a long of {@value #SCALE} decimals too. */
    public boolean isFixed() {
        return fixed;
    }

    /** The fixed-point form (value x 10^{@value #SCALE}); meaningful only when {@link #isFixed()}. */
    public long units() {
        return units;
    }

    public int signum() {
        return fixed ? Long.signum(units) : decimal.signum();
    }

    @Override
    public int compareTo(Amount other) {
        return fixed && other.fixed ? Long.compare(units, other.units) : decimal.compareTo(other.decimal);
    }

    public boolean isAbove(Amount other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Amount amount && decimal.compareTo(amount.decimal) == 0;
    }

    @Override
    public int hashCode() {
        return decimal.stripTrailingZeros().hashCode();
    }

    /** The plain decimal, as {@code Money}, {@code Quantity} and {@code Price} print it. */
    @Override
    public String toString() {
        return decimal.toPlainString();
    }
}
