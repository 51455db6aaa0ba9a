package io.tradingsuite.core.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketClockKnowsUsRegularHoursTest {

    // 2025-01-02 is a Thursday; New York is UTC-5 in January, so 09:30 = 14:30Z and 16:00 = 21:00Z
    private final MarketClock clock = MarketClock.usEquities(Set.of(LocalDate.parse("2025-01-03")));

    @Test
    void theSessionIsOpenFromNineThirtyToFourNewYorkTime() {
        assertThat(clock.isOpen(Instant.parse("2025-01-02T14:29:59Z"))).isFalse();
        assertThat(clock.isOpen(Instant.parse("2025-01-02T14:30:00Z"))).isTrue();
        assertThat(clock.isOpen(Instant.parse("2025-01-02T20:59:59Z"))).isTrue();
        assertThat(clock.isOpen(Instant.parse("2025-01-02T21:00:00Z"))).isFalse();
    }

    @Test
    void weekendsAndHolidaysAreClosed() {
        assertThat(clock.isOpen(Instant.parse("2025-01-03T15:00:00Z"))).as("holiday").isFalse();
        assertThat(clock.isOpen(Instant.parse("2025-01-04T15:00:00Z"))).as("saturday").isFalse();
        assertThat(clock.isOpen(Instant.parse("2025-01-06T15:00:00Z"))).as("monday").isTrue();
    }

    @Test
    void aDayOrderBelongsToTodaysCloseOrTheNextTradingDaysClose() {
        assertThat(clock.sessionCloseFor(Instant.parse("2025-01-02T15:00:00Z")))
                .contains(Instant.parse("2025-01-02T21:00:00Z"));
        assertThat(clock.sessionCloseFor(Instant.parse("2025-01-02T12:00:00Z"))).as("before the open")
                .contains(Instant.parse("2025-01-02T21:00:00Z"));
        // after Thursday's close: Friday is a holiday, the weekend is closed -> Monday 16:00 New York
        assertThat(clock.sessionCloseFor(Instant.parse("2025-01-02T21:00:00Z")))
                .contains(Instant.parse("2025-01-06T21:00:00Z"));
    }

    @Test
    void summerTimeMovesTheCloseInUtc() {
        // 2025-07-01: New York is UTC-4, the close is 20:00Z
        assertThat(clock.sessionCloseFor(Instant.parse("2025-07-01T15:00:00Z")))
                .contains(Instant.parse("2025-07-01T20:00:00Z"));
    }

    @Test
    void anAlwaysOpenMarketNeverCloses() {
        MarketClock simulated = MarketClock.alwaysOpen();

        assertThat(simulated.isOpen(Instant.parse("2025-01-04T03:00:00Z"))).isTrue();
        assertThat(simulated.sessionCloseFor(Instant.parse("2025-01-04T03:00:00Z"))).isEmpty();
        assertThat(simulated.describe()).isEqualTo("always-open");
    }

    @Test
    void theNextOpenSkipsHolidaysAndWeekendsAndIsTomorrowsWhileOpen() {
        assertThat(clock.nextOpen(Instant.parse("2025-01-02T12:00:00Z"))).as("before the open")
                .contains(Instant.parse("2025-01-02T14:30:00Z"));
        assertThat(clock.nextOpen(Instant.parse("2025-01-02T15:00:00Z"))).as("while open: Friday is a holiday")
                .contains(Instant.parse("2025-01-06T14:30:00Z"));
        assertThat(clock.nextClose(Instant.parse("2025-01-02T15:00:00Z")))
                .contains(Instant.parse("2025-01-02T21:00:00Z"));
    }

    @Test
    void anAlwaysOpenMarketHasNoNextOpenOrClose() {
        MarketClock always = MarketClock.alwaysOpen();

        assertThat(always.nextOpen(Instant.parse("2025-01-04T15:00:00Z"))).isEmpty();
        assertThat(always.nextClose(Instant.parse("2025-01-04T15:00:00Z"))).isEmpty();
    }
}
