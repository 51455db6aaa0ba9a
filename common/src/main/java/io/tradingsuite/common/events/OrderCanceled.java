package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.UUID;

/** The order was canceled; {@code filledQuantity} is what filled before. */
public record OrderCanceled(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderId orderId,
        ClientOrderId clientOrderId,
        Quantity filledQuantity,
        String reason) implements OrderEvent {

    @Override
    public boolean terminal() {
        return true;
    }
}
