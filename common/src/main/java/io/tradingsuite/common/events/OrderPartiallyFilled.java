package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TradeId;
import java.time.Instant;
import java.util.UUID;

/** Some but not all of the order filled; {@code filledQuantity} is cumulative. */
public record OrderPartiallyFilled(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderId orderId,
        ClientOrderId clientOrderId,
        TradeId tradeId,
        Quantity filledQuantity,
        Quantity leavesQuantity,
        Price averageFillPrice) implements OrderEvent {

    @Override
    public boolean terminal() {
        return false;
    }
}
