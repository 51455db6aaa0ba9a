package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.util.Objects;

/**
 * What an approved, not yet terminal order still holds: its unfilled {@code remaining} quantity at the
 * {@code referencePrice} the approval used. Open buys reserve buying power; open sells reserve position.
 */
public record Reservation(ClientOrderId clientOrderId, Side side, Symbol symbol, Quantity remaining, Price referencePrice) {

    public Reservation {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(referencePrice, "referencePrice");
        if (remaining.isNegative()) {
            throw new IllegalArgumentException("remaining must not be negative");
        }
    }

    /** Cash this reservation holds: remaining x reference price for buys, zero for sells. */
    public Money reservedCash() {
        return side == Side.BUY ? referencePrice.times(remaining) : Money.ZERO;
    }

    /** This reservation after a fill of {@code quantity} (never below zero). */
    public Reservation reducedBy(Quantity quantity) {
        Quantity left = remaining.minus(quantity);
        return new Reservation(clientOrderId, side, symbol, left.isNegative() ? Quantity.ZERO : left, referencePrice);
    }
}
