package io.tradingsuite.core.risk;

import io.tradingsuite.common.events.OrderTicket;
import java.time.Instant;
import java.util.Objects;

/** An order of the account risk approved recently, with when: the input of throttling and duplicate detection. */
public record RecentOrder(OrderTicket order, Instant approvedAt) {

    public RecentOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }

    /** Same symbol, side, quantity, type, limit and stop price (client order id, bot and time in force ignored). */
    public boolean sameTerms(OrderTicket other) {
        return order.symbol().equals(other.symbol()) && order.side() == other.side()
                && order.quantity().equals(other.quantity()) && order.type() == other.type()
                && Objects.equals(order.limitPrice(), other.limitPrice())
                && Objects.equals(order.stopPrice(), other.stopPrice());
    }
}
