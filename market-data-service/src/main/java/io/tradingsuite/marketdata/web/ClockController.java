package io.tradingsuite.marketdata.web;

import io.tradingsuite.core.venue.MarketClock;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/market/clock}: is the market open now, when it next opens and closes (any authenticated role). */
@RestController
public class ClockController {

    private final MarketClock marketClock;
    private final Clock clock;

    public ClockController(MarketClock marketClock, Clock clock) {
        this.marketClock = marketClock;
        this.clock = clock;
    }

    @GetMapping("/api/market/clock")
    public ClockResponse clock() {
        return ClockResponse.of(marketClock, clock.instant());
    }
}
