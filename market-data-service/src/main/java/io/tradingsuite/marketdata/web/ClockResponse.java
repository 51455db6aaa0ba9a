package io.tradingsuite.marketdata.web;

import io.tradingsuite.core.venue.MarketClock;
import java.time.Instant;

/**
 * {@code GET /api/market/clock}, shaped like Alpaca's {@code /v2/clock}: {@code next_open}/{@code next_close} are
 * null on an always-open market; {@code calendar} says which calendar ({@code always-open} or {@code us-equities}).
 */
public record ClockResponse(Instant timestamp, boolean isOpen, Instant nextOpen, Instant nextClose, String calendar) {

    static ClockResponse of(MarketClock clock, Instant now) {
        return new ClockResponse(now, clock.isOpen(now), clock.nextOpen(now).orElse(null),
                clock.nextClose(now).orElse(null), clock.describe());
    }
}
