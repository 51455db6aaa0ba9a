package io.tradingsuite.core.marketdata;

import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Top of book and last trade of a symbol at a market time; never crossed. */
public record Quote(Symbol symbol, Instant time, Price bid, Price ask, Quantity bidSize, Quantity askSize, Price last) {

    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(bidSize, "bidSize");
        Objects.requireNonNull(askSize, "askSize");
        Objects.requireNonNull(last, "last");
        if (bid.isAbove(ask)) {
            throw new IllegalArgumentException("crossed quote: bid " + bid + " > ask " + ask);
        }
    }

    /** The published event for this quote. */
    public QuoteUpdated toEvent(UUID eventId, Instant occurredAt) {
        return new QuoteUpdated(eventId, occurredAt, null, symbol, bid, ask, bidSize, askSize, last, time);
    }
}
