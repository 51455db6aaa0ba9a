package io.tradingsuite.core.order;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.types.TradeId;
import java.time.Instant;

/** Builds orders and updates for tests. */
public final class OrderFixture {

    public static final Instant T0 = Instant.parse("2025-01-02T14:30:00Z");

    private OrderFixture() {
    }

    public static OrderTicket ticket(Side side, OrderType type, String qty, String limit, String stop) {
        return new OrderTicket(ClientOrderId.of("c-1"), Symbol.of("AAPL"), side, type, TimeInForce.DAY,
                Quantity.of(qty), limit == null ? null : Price.of(limit), stop == null ? null : Price.of(stop),
                OrderSource.MANUAL, null);
    }

    public static Order marketBuy(String qty) {
        return Order.request(OrderId.of("o-1"), AccountId.of("acc-1"), ticket(Side.BUY, OrderType.MARKET, qty, null, null),
                "corr-1", T0);
    }

    public static Order working(Order order) {
        order.apply(new OrderUpdate.Accept(T0.plusSeconds(1)));
        return order;
    }

    public static Fill fill(int n, String qty, String price) {
        return new Fill(TradeId.of("o-1-" + n), Quantity.of(qty), Price.of(price), T0.plusSeconds(10 + n));
    }
}
