package io.tradingsuite.core.order;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TradeId;
import java.time.Instant;
import java.util.Objects;

/** One execution of part (or all) of an order: a positive quantity at one exact price. */
public record Fill(TradeId tradeId, Quantity quantity, Price price, Instant at) implements OrderUpdate {

    public Fill {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(at, "at");
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("fill quantity must be positive, was " + quantity);
        }
    }

    /** Exact notional: quantity x price. */
    public Money notional() {
        return price.times(quantity);
    }
}
