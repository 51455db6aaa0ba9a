package io.tradingsuite.risk.control;

import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.core.risk.RiskScope;
import java.time.Instant;
import java.util.Objects;

/** The stored trading state of one scope; {@code version} counts the changes of that scope (the first is 1). */
public record ScopeState(RiskScope scope, TradingState state, boolean killSwitch, String reason, String changedBy,
        long version, Instant changedAt) {

    public ScopeState {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
    }

    /** What a scope that never changed is: active, version 0. */
    public static ScopeState initial(RiskScope scope) {
        return new ScopeState(scope, TradingState.ACTIVE, false, null, null, 0, null);
    }
}
