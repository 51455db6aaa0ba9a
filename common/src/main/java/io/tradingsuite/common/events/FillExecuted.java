package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradeId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One execution of (part of) an order at one price; consumers apply it exactly once by {@code tradeId}. */
public record FillExecuted(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        TradeId tradeId,
        OrderId orderId,
        ClientOrderId clientOrderId,
        BotId botId,
        Symbol symbol,
        Side side,
        Quantity quantity,
        Price price,
        String venue) implements FillEvent {

    public FillExecuted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("fill quantity must be positive");
        }
    }

    /** Exact notional of the fill: quantity x price. */
    public Money notional() {
        return price.times(quantity);
    }
}
