package io.tradingsuite.core.strategy;

import io.tradingsuite.common.types.Money;
import java.util.Map;
import java.util.Set;

/**
 * Creates strategies by name from string parameters (as stored by bot-service or given in config), so that the
 * set of strategy kinds and their parameter names are defined in one place.
 */
public final class Strategies {

    /** Parameter names of {@link MovingAverageCrossover}. */
    public static final String FAST_WINDOW = "fast_window";
    public static final String SLOW_WINDOW = "slow_window";
    public static final String NOTIONAL_PER_TRADE = "notional_per_trade";

    private Strategies() {
    }

    /** Strategy names that {@link #create} knows. */
    public static Set<String> names() {
        return Set.of(MovingAverageCrossover.NAME);
    }

    /**
     * A new strategy instance with fresh state.
     *
     * @throws IllegalArgumentException for an unknown name, a missing or malformed parameter
     */
    public static Strategy create(String name, Map<String, String> parameters) {
        if (MovingAverageCrossover.NAME.equals(name)) {
            return new MovingAverageCrossover(new MovingAverageCrossover.Parameters(
                    intParameter(parameters, FAST_WINDOW),
                    intParameter(parameters, SLOW_WINDOW),
                    Money.of(required(parameters, NOTIONAL_PER_TRADE))));
        }
        throw new IllegalArgumentException("unknown strategy '" + name + "': expected one of " + names());
    }

    private static int intParameter(Map<String, String> parameters, String key) {
        String value = required(parameters, key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + key + " must be an integer, was '" + value + "'");
        }
    }

    private static String required(Map<String, String> parameters, String key) {
        String value = parameters.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing strategy parameter " + key);
        }
        return value;
    }
}
