package io.tradingsuite.core.venue;

import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.Objects;

/**
 * Top of book of one symbol as the paper venue sees it. Sizes are optional: {@code null} (or not positive) means the
 * size is unknown and does not limit a fill.
 */
public record Quote(Symbol symbol, Price bid, Price ask, Quantity bidSize, Quantity askSize, Instant at) {

    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(at, "at");
        if (bid.isAbove(ask)) {
            throw new IllegalArgumentException("crossed quote: bid " + bid + " > ask " + ask);
        }
    }

    /** A quote without sizes. */
    public static Quote of(Symbol symbol, Price bid, Price ask, Instant at) {
        return new Quote(symbol, bid, ask, null, null, at);
    }

    /** The venue's view of a published quote; the market time wins over the publication time when present. */
    public static Quote from(QuoteUpdated event) {
        return new Quote(event.symbol(), event.bid(), event.ask(), event.bidSize(), event.askSize(),
                event.marketTime() != null ? event.marketTime() : event.occurredAt());
    }
}
