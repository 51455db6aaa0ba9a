package io.tradingsuite.marketdata.web;

import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;

/** The latest quote of a symbol; {@code market_time} is the (simulated) market clock. */
public record QuoteResponse(Symbol symbol, Price bid, Price ask, Quantity bidSize, Quantity askSize, Price last,
                            Instant marketTime, Instant publishedAt) {

    static QuoteResponse of(QuoteUpdated q) {
        return new QuoteResponse(q.symbol(), q.bid(), q.ask(), q.bidSize(), q.askSize(), q.last(), q.marketTime(),
                q.occurredAt());
    }
}
