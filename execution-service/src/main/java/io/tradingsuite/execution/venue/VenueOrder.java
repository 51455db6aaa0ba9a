package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.order.OrderStatus;
import java.util.Objects;

/**
 * An order as the venue reports it. {@code venueOrderId} is the venue's own id; {@code replaces} and
 * {@code replacedBy} are venue order ids; {@code filledAvgPrice} is null while nothing filled.
 */
public record VenueOrder(String venueOrderId, ClientOrderId clientOrderId, Symbol symbol, Side side, OrderType type,
        Quantity quantity, Quantity filledQuantity, Price filledAvgPrice, Price limitPrice, Price stopPrice,
        OrderStatus status, String replaces, String replacedBy) {

    public VenueOrder {
        Objects.requireNonNull(venueOrderId, "venueOrderId");
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(status, "status");
        filledQuantity = filledQuantity == null ? Quantity.ZERO : filledQuantity;
    }
}
