package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.Objects;

/** The latest top of book risk has seen for a symbol; {@code asOf} is when it was published. */
public record ReferenceQuote(Symbol symbol, Price bid, Price ask, Instant asOf) {

    public ReferenceQuote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The side of the book an order of this side would trade against: the ask for buys, the bid for sells. */
    public Price touch(Side side) {
        return side == Side.BUY ? ask : bid;
    }
}
