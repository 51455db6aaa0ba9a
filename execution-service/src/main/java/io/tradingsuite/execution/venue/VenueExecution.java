package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TradeId;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution at the venue: {@code tradeId} is unique per execution (Alpaca's {@code execution_id}, the paper
 * venue's {@code <orderId>-<n>}), so a redelivered execution is recognised and never applied twice.
 */
public record VenueExecution(TradeId tradeId, ClientOrderId clientOrderId, String venueOrderId, Quantity quantity,
        Price price, Instant at) {

    public VenueExecution {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(at, "at");
    }
}
