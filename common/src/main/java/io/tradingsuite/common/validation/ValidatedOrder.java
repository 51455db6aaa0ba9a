package io.tradingsuite.common.validation;

import java.math.BigDecimal;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;

/** A draft that passed every check; {@code clientOrderId} is null when the caller did not choose one. */
public record ValidatedOrder(
        Symbol symbol,
        Quantity quantity,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        Price limitPrice,
        Price stopPrice,
        ClientOrderId clientOrderId,
        Price trailPrice,
        BigDecimal trailPercent) {

    /** The ticket for {@code risk.order-requests.v1}; {@code fallbackId} is used when no client order id was given. */
    public OrderTicket toTicket(ClientOrderId fallbackId, OrderSource source, BotId botId) {
        return new OrderTicket(clientOrderId != null ? clientOrderId : fallbackId, symbol, side, type, timeInForce,
                quantity, limitPrice, stopPrice, source, botId, trailPrice, trailPercent);
    }
}
