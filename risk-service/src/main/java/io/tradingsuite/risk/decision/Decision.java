package io.tradingsuite.risk.decision;

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
import java.time.Instant;
import java.util.UUID;

/** One stored row of table {@code decisions}. */
public record Decision(
        long id,
        UUID decisionEventId,
        UUID requestId,
        AccountId accountId,
        ClientOrderId clientOrderId,
        BotId botId,
        OrderSource source,
        Symbol symbol,
        Side side,
        Quantity quantity,
        OrderType orderType,
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
}
