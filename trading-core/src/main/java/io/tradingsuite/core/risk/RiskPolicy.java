package io.tradingsuite.core.risk;

/** One named pre-trade rule. Implementations are stateless and side-effect free. */
public interface RiskPolicy {

    /** Stable name, reported as {@code policy} of a denial (e.g. {@code MaxNotionalPerOrder}). */
    default String name() {
        return getClass().getSimpleName();
    }

    PolicyDecision evaluate(RiskContext context);
}
