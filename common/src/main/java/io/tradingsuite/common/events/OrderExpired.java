package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.UUID;

/** The order expired by its time in force; {@code filledQuantity} is what filled before. */
public record OrderExpired(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderId orderId,
        ClientOrderId clientOrderId,
        Quantity filledQuantity) implements OrderEvent {

    @Override
    public boolean terminal() {
        return true;
    }
}
