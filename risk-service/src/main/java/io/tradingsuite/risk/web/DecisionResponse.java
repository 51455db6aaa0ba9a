package io.tradingsuite.risk.web;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.risk.decision.Decision;
import io.tradingsuite.risk.decision.Outcome;
import java.time.Instant;
import java.util.UUID;

/** One risk decision as the REST API shows it (snake_case; decimals as strings; enums lower case). */
public record DecisionResponse(
        long id,
        UUID decisionId,
        UUID requestId,
        AccountId accountId,
        ClientOrderId clientOrderId,
        BotId botId,
        OrderSource source,
        Symbol symbol,
        Side side,
        Quantity qty,
        OrderType type,
        TimeInForce timeInForce,
        Price limitPrice,
        Price stopPrice,
        Price referencePrice,
        Outcome outcome,
        String policy,
        String reasonCode,
        String detail,
        long limitsVersion,
        Instant decidedAt,
        String correlationId) {

    static DecisionResponse of(Decision d) {
        return new DecisionResponse(d.id(), d.decisionEventId(), d.requestId(), d.accountId(), d.clientOrderId(),
                d.botId(), d.source(), d.symbol(), d.side(), d.quantity(), d.orderType(), d.timeInForce(),
                d.limitPrice(), d.stopPrice(), d.referencePrice(), d.outcome(), d.policy(), d.reasonCode(), d.detail(),
                d.limitsVersion(), d.decidedAt(), d.correlationId());
    }
}
