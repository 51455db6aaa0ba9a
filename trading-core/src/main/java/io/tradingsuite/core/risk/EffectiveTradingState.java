package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.TradingState;
import java.util.Map;
import java.util.Objects;

/**
 * The trading state that governs one order: the most restrictive of the global, account and bot states
 * (halted &gt; reducing &gt; active), with the scope that imposed it.
 */
public record EffectiveTradingState(TradingState state, RiskScope scope) {

    public static final EffectiveTradingState ACTIVE = new EffectiveTradingState(TradingState.ACTIVE, RiskScope.GLOBAL);

    public EffectiveTradingState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(scope, "scope");
    }

    /** The most restrictive state among the scopes of the order; scopes without a state are active. */
    public static EffectiveTradingState of(Map<RiskScope, TradingState> states, AccountId accountId, BotId botId) {
        EffectiveTradingState result = ACTIVE;
        result = stricter(result, states, RiskScope.GLOBAL);
        result = stricter(result, states, RiskScope.account(accountId));
        if (botId != null) {
            result = stricter(result, states, RiskScope.bot(botId));
        }
        return result;
    }

    private static EffectiveTradingState stricter(EffectiveTradingState current, Map<RiskScope, TradingState> states,
            RiskScope scope) {
        TradingState state = states.get(scope);
        return state != null && state.ordinal() > current.state().ordinal()
                ? new EffectiveTradingState(state, scope) : current;
    }
}
