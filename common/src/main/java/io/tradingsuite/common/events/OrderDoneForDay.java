package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.UUID;

/**
 * The venue is done executing the order for the day (Alpaca status {@code done_for_day}): it will not fill before the
 * next session opens, when it works again ({@code new} / {@code partially_filled}; that resumption is not published —
 * the order's next fill or ending is). {@code filledQuantity} is what filled so far. Not terminal: the order keeps its
 * open quantity and can still be canceled or expire.
 */
public record OrderDoneForDay(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderId orderId,
        ClientOrderId clientOrderId,
        Quantity filledQuantity) implements OrderEvent {

    @Override
    public boolean terminal() {
        return false;
    }
}
