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
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What is being asked for: the order as requested, carried unchanged from request to decision to order.
 * {@code limitPrice}/{@code stopPrice} are null unless the type needs them; {@code botId} is null unless a
 * bot asked. A {@code trailing_stop} carries exactly one of {@code trailPrice} (a distance in dollars) and
 * {@code trailPercent} (a distance in percent of the watermark); both are null for every other type.
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
        BotId botId,
        Price trailPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal trailPercent) {

    public OrderTicket {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(source, "source");
    }

    /** A ticket without trail (every type but {@code trailing_stop}). */
    public OrderTicket(ClientOrderId clientOrderId, Symbol symbol, Side side, OrderType type, TimeInForce timeInForce,
            Quantity quantity, Price limitPrice, Price stopPrice, OrderSource source, BotId botId) {
        this(clientOrderId, symbol, side, type, timeInForce, quantity, limitPrice, stopPrice, source, botId, null, null);
    }
}
