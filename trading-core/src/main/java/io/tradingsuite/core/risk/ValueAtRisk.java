package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Money;
import java.util.Locale;
import java.util.Objects;

/**
 * One-day value at risk of a portfolio, as a loss in money (zero or positive, rounded to cents): parametric
 * (variance-covariance, normal, zero mean) and historical (empirical quantile), each at 95 % and 99 %.
 */
public record ValueAtRisk(Money parametric95, Money parametric99, Money historical95, Money historical99) {

    /** How the loss quantile is estimated. */
    public enum Method {
        PARAMETRIC,
        HISTORICAL;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The confidence levels computed, in percent. */
    public static final int[] CONFIDENCE_PCTS = {95, 99};

    public ValueAtRisk {
        Objects.requireNonNull(parametric95, "parametric95");
        Objects.requireNonNull(parametric99, "parametric99");
        Objects.requireNonNull(historical95, "historical95");
        Objects.requireNonNull(historical99, "historical99");
    }

    /** The value at {@code confidencePct} (95 or 99) by {@code method}. */
    public Money of(int confidencePct, Method method) {
        return switch (confidencePct) {
            case 95 -> method == Method.PARAMETRIC ? parametric95 : historical95;
            case 99 -> method == Method.PARAMETRIC ? parametric99 : historical99;
            default -> throw new IllegalArgumentException("confidence must be 95 or 99, not " + confidencePct);
        };
    }
}
