package io.tradingsuite.execution.web;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import java.time.Instant;

/**
 * An order as the API shows it (Alpaca's order object; {@code reason_code} set for denied and rejected orders,
 * {@code replaced_by}/{@code replaces} link the orders of a replace).
 */
public record OrderResponse(
        OrderId id,
        ClientOrderId clientOrderId,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant filledAt,
        Symbol symbol,
        Quantity qty,
        Quantity filledQty,
        Price filledAvgPrice,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        Price limitPrice,
        Price stopPrice,
        OrderStatus status,
        BotId botId,
        OrderSource source,
        String reasonCode,
        OrderId replacedBy,
        OrderId replaces) {

    public static OrderResponse of(Order order) {
        OrderTicket t = order.ticket();
        boolean refused = order.status() == OrderStatus.DENIED || order.status() == OrderStatus.REJECTED;
        return new OrderResponse(order.id(), t.clientOrderId(), order.createdAt(), order.updatedAt(),
                order.submittedAt().orElse(null), order.filledAt().orElse(null), t.symbol(), t.quantity(),
                order.filledQuantity(), order.averageFillPrice().orElse(null), t.side(), t.type(), t.timeInForce(),
                t.limitPrice(), t.stopPrice(), order.status(), t.botId(), t.source(),
                refused ? order.reasonCode().orElse(null) : null, order.replacedBy().orElse(null),
                order.replaces().orElse(null));
    }
}
