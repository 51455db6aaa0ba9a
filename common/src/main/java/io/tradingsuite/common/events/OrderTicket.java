package io.tradingsuite.common.events;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import java.util.Objects;

/**
 * What is being asked for: the order as requested, carried unchanged from request to decision to order.
 * {@code limitPrice}/{@code stopPrice} are null unless the type needs them; {@code botId} is null unless a
 * bot asked.
 */
public record OrderTicket(
        ClientOrderId clientOrderId,
        Symbol symbol,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        Quantity quantity,
        Price limitPrice,
        Price stopPrice,
        OrderSource source,
        BotId botId) {

    public OrderTicket {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(source, "source");
    }
}
