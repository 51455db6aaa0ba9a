package io.tradingsuite.common.events;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Top of book and last trade of a symbol. {@code marketTime} is the (possibly simulated) market clock time of
 * the quote; {@code occurredAt} is when it was published.
 */
public record QuoteUpdated(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        Symbol symbol,
        Price bid,
        Price ask,
        Quantity bidSize,
        Quantity askSize,
        Price last,
        Instant marketTime) implements QuoteEvent {

    public QuoteUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(last, "last");
        if (bid.isAbove(ask)) {
            throw new IllegalArgumentException("crossed quote: bid " + bid + " > ask " + ask);
        }
    }
}
