package io.tradingsuite.core.venue;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.order.Fill;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution produced by the paper venue. {@code quotePrice} is the touch the order traded against (the ask for a
 * buy, the bid for a sell); {@code sequence} numbers the order's fills from 1 and, with the order id, determines the
 * trade id.
 */
public record VenueFill(TradeId tradeId, int sequence, Quantity quantity, Price price, Price quotePrice, Instant at) {

    public VenueFill {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quotePrice, "quotePrice");
        Objects.requireNonNull(at, "at");
        if (sequence < 1) {
            throw new IllegalArgumentException("fill sequence starts at 1");
        }
    }

    /** The fill as the order aggregate applies it. */
    public Fill toFill() {
        return new Fill(tradeId, quantity, price, at);
    }

    /**
     * Slippage actually paid, in basis points of the quote price, positive when worse than the touch:
     * {@code |price - quotePrice| / quotePrice x 10000}, signed by whether it was adverse, rounded half-even to 4
     * decimals (a statistic, not money).
     */
    public BigDecimal slippageBps(boolean buy) {
        BigDecimal diff = buy ? price.value().subtract(quotePrice.value()) : quotePrice.value().subtract(price.value());
        return diff.multiply(BigDecimal.valueOf(10_000)).divide(quotePrice.value(), 4, RoundingMode.HALF_EVEN);
    }
}
