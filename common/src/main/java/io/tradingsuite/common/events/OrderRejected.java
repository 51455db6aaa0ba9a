package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;

import java.time.Instant;
import java.util.UUID;

/** The venue refused the order ({@code VENUE_*} reason code). */
public record OrderRejected(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderId orderId,
        ClientOrderId clientOrderId,
        String reasonCode,
        String detail) implements OrderEvent {

    @Override
    public boolean terminal() {
        return true;
    }
}
