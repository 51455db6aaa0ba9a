package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A request for an order, from a bot, a person (REST) or another service; risk answers with a decision.
 * {@code replaces} is the client order id of the working order this one replaces (a {@code PATCH}), null for a new
 * order: risk decides a replacement as if the original's open reservation were already released (the replacement
 * takes its place), as a broker checks a replace against buying power net of the order it replaces;
 * {@code replacesOpenQuantity} is what the original still had open when the replacement was asked for (risk keeps
 * the rest of the original's reservation: fills of the original it has not seen yet).
 * {@code ocoWith} is the client order id of the exit this one is paired with, one cancelling the other (a bracket's
 * take-profit and stop-loss name each other; an oco's stop-loss names its take-profit), null otherwise: execution
 * never lets the two fill more than the group's quantity between them, so risk counts the pair's reservation once
 * instead of twice (else a bracket's second exit would look like a short sale). {@code exitOf} is the entry whose
 * fill released this exit (a bracket / oto leg), null otherwise: the exit's request can reach risk before the entry's
 * fill does, so risk counts the entry's fill up to the exit's quantity as in flight.
 */
public record OrderRequested(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        OrderTicket order,
        ClientOrderId replaces,
        ClientOrderId ocoWith,
        Quantity replacesOpenQuantity,
        ClientOrderId exitOf) implements OrderRequestEvent {

    public OrderRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(order, "order");
        if (order.clientOrderId().equals(replaces)) {
            throw new IllegalArgumentException("an order cannot replace itself: " + replaces);
        }
        if (order.clientOrderId().equals(ocoWith)) {
            throw new IllegalArgumentException("an order cannot be paired with itself: " + ocoWith);
        }
        if (replacesOpenQuantity != null && replaces == null) {
            throw new IllegalArgumentException("replacesOpenQuantity without replaces");
        }
    }

    /** A request for a replacement of {@code replaces}, which had {@code openQuantity} open, paired or not. */
    public static OrderRequested replacement(UUID eventId, Instant occurredAt, String correlationId,
            AccountId accountId, OrderTicket order, ClientOrderId replaces, Quantity openQuantity,
            ClientOrderId ocoWith) {
        return new OrderRequested(eventId, occurredAt, correlationId, accountId, order, replaces, ocoWith,
                openQuantity, null);
    }

    /** A request for a replacement of {@code replaces} (null: a new order). */
    public OrderRequested(UUID eventId, Instant occurredAt, String correlationId, AccountId accountId,
            OrderTicket order, ClientOrderId replaces) {
        this(eventId, occurredAt, correlationId, accountId, order, replaces, null, null, null);
    }

    /** A request for a new order (replaces nothing). */
    public OrderRequested(UUID eventId, Instant occurredAt, String correlationId, AccountId accountId,
            OrderTicket order) {
        this(eventId, occurredAt, correlationId, accountId, order, null, null, null, null);
    }

    /** A request for an exit paired with {@code ocoWith} (one cancels the other), released by {@code exitOf}'s fill. */
    public static OrderRequested exit(UUID eventId, Instant occurredAt, String correlationId, AccountId accountId,
            OrderTicket order, ClientOrderId ocoWith, ClientOrderId exitOf) {
        return new OrderRequested(eventId, occurredAt, correlationId, accountId, order, null, ocoWith, null, exitOf);
    }
}
