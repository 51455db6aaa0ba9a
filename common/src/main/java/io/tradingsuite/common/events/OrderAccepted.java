package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;

import java.time.Instant;
import java.util.UUID;

/** The venue accepted the order (Alpaca status {@code new}); carries the order as requested. */
public record OrderAccepted(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderId orderId,
        ClientOrderId clientOrderId,
        OrderTicket order,
        String venue) implements OrderEvent {

    @Override
    public boolean terminal() {
        return false;
    }
}
