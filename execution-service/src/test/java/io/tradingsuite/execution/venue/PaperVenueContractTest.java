package io.tradingsuite.execution.venue;

import io.tradingsuite.common.test.MutableClock;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.venue.PaperVenue;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.core.venue.TickSizes;
import java.math.BigDecimal;
import java.time.Instant;

/** The venue contract on trading-core's paper venue (no slippage, cent ticks). */
class PaperVenueContractTest extends VenueContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T14:30:00Z"));
    private PaperVenueAdapter paper;

    @Override
    protected Venue createVenue() {
        paper = new PaperVenueAdapter(new PaperVenue(BigDecimal.ZERO, (symbol, price) -> TickSizes.ONE_CENT), clock);
        return paper;
    }

    @Override
    protected void market(Symbol symbol, Price bid, Price ask) {
        paper.onQuote(Quote.of(symbol, bid, ask, clock.instant()));
    }

    @Override
    protected Price positionPrice(String price) {
        return null;
    }
}
