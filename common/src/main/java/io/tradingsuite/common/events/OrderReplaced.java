package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.UUID;

/**
 * The order was replaced (Alpaca status {@code replaced}) by the order {@code replacedBy} / {@code replacedByClientOrderId},
 * which is announced by its own {@code OrderAccepted}; {@code filledQuantity} is what the original filled before. Terminal,
 * but not a cancel: the owner's intent goes on in the replacement.
 */
public record OrderReplaced(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderId orderId,
        ClientOrderId clientOrderId,
        OrderId replacedBy,
        ClientOrderId replacedByClientOrderId,
        Quantity filledQuantity) implements OrderEvent {

    @Override
    public boolean terminal() {
        return true;
    }
}
