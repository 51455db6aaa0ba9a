package io.tradingsuite.risk.decision;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Symbol;

/**
 * Filters of the decision list; null means "any". {@code accountId} null lists every account (risk admins).
 * {@code limit} is clamped to 1..{@value #MAX_LIMIT}.
 */
public record DecisionQuery(AccountId accountId, Outcome outcome, String reasonCode, Symbol symbol, BotId botId,
        int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public DecisionQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
