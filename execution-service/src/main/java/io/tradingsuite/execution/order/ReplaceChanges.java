package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TimeInForce;

/**
 * What {@code PATCH /api/orders/{id}} changes (Alpaca's replace fields); null keeps the original's value, except
 * {@code qty}, which defaults to the original's open (unfilled) quantity, and {@code clientOrderId}, which defaults to
 * a fresh id (client order ids are unique per account).
 */
public record ReplaceChanges(Quantity qty, Price limitPrice, Price stopPrice, TimeInForce timeInForce,
        ClientOrderId clientOrderId) {

    /** The replacement's ticket: the original's symbol, side, type, source and bot with these changes. */
    public OrderTicket applyTo(OrderTicket original, Quantity openQuantity, ClientOrderId fallbackId) {
        return new OrderTicket(clientOrderId != null ? clientOrderId : fallbackId, original.symbol(), original.side(),
                original.type(), timeInForce != null ? timeInForce : original.timeInForce(),
                qty != null ? qty : openQuantity, limitPrice != null ? limitPrice : original.limitPrice(),
                stopPrice != null ? stopPrice : original.stopPrice(), original.source(), original.botId());
    }
}
