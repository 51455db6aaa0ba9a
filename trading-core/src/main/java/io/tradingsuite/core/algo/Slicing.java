package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact slicing arithmetic: children are multiples of the parent's unit (whole shares for a whole parent, else the
 * smallest decimal the parent uses), and a cumulative target is always rounded down, so rounding never releases more
 * than the parent; the last target is the parent itself.
 */
final class Slicing {

    private Slicing() {
    }

    /** Decimals of the parent's unit: 0 for a whole quantity, else the parent's scale. */
    static int unitScale(Quantity parent) {
        return Math.max(0, parent.value().stripTrailingZeros().scale());
    }

    /** {@code value} rounded down to the parent's unit. */
    static Quantity floorToUnit(BigDecimal value, Quantity parent) {
        return Quantity.of(value.setScale(unitScale(parent), RoundingMode.DOWN));
    }

    /** {@code parent x numerator / denominator}, rounded down to the parent's unit ({@code parent} when they are equal). */
    static Quantity share(Quantity parent, BigDecimal numerator, BigDecimal denominator) {
        if (numerator.compareTo(denominator) >= 0) {
            return parent;
        }
        BigDecimal exact = parent.value().multiply(numerator)
                .divide(denominator, unitScale(parent), RoundingMode.DOWN);
        return Quantity.of(exact);
    }
}
