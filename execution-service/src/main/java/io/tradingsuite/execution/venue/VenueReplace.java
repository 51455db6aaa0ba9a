package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TimeInForce;

/** The changes of a replace (Alpaca's PATCH): null fields keep the original's value; the new client order id is required. */
public record VenueReplace(Quantity quantity, Price limitPrice, Price stopPrice, TimeInForce timeInForce,
        ClientOrderId clientOrderId) {

    public VenueReplace {
        java.util.Objects.requireNonNull(clientOrderId, "clientOrderId");
    }
}
