package io.tradingsuite.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedBarsAndQuotesAreConsistentTest {

    private static final BigDecimal TICK = new BigDecimal("0.01");

    @Test
    void everyBarSummarisesExactlyTheTicksOfItsMinute() {
        SimulatedFeed feed = new SimulatedFeed(DefaultUniverse.instruments(), 11L, 10,
                UsEquitySession.openOn(LocalDate.of(2024, 3, 4)));
        Map<Symbol, List<Tick>> minuteTicks = new HashMap<>();
        int barsChecked = 0;
        for (int i = 0; i < 10 * 120; i++) {
            FeedStep step = feed.step();
            for (Tick tick : step.ticks()) {
                minuteTicks.computeIfAbsent(tick.symbol(), s -> new ArrayList<>()).add(tick);
            }
            for (Quote quote : step.quotes()) {
                assertThat(quote.bid()).isLessThanOrEqualTo(quote.last());
                assertThat(quote.last()).isLessThanOrEqualTo(quote.ask());
                assertThat(quote.bid()).isLessThan(quote.ask());
                assertOnTick(quote.bid());
                assertOnTick(quote.ask());
                assertOnTick(quote.last());
                assertThat(quote.bidSize().isPositive()).isTrue();
            }
            for (Bar bar : step.closedBars()) {
                List<Tick> ticks = minuteTicks.remove(bar.symbol());
                assertThat(ticks).hasSize(10);
                assertThat(bar.open()).isEqualTo(ticks.getFirst().price());
                assertThat(bar.close()).isEqualTo(ticks.getLast().price());
                assertThat(bar.high()).isEqualTo(ticks.stream().map(Tick::price).max(Price::compareTo).orElseThrow());
                assertThat(bar.low()).isEqualTo(ticks.stream().map(Tick::price).min(Price::compareTo).orElseThrow());
                assertThat(bar.volume()).isEqualTo(ticks.stream().mapToLong(Tick::size).sum());
                assertThat(Duration.between(bar.start(), bar.end())).isEqualTo(Duration.ofMinutes(1));
                assertThat(ticks).allSatisfy(t -> assertThat(t.time()).isBetween(bar.start(), bar.end().minusNanos(1)));
                for (Price p : List.of(bar.open(), bar.high(), bar.low(), bar.close())) {
                    assertOnTick(p);
                }
                barsChecked++;
            }
        }
        assertThat(barsChecked).isEqualTo(120 * DefaultUniverse.instruments().size());
    }

    @Test
    void theClockJumpsFromTheCloseToTheNextSessionsOpen() {
        Instant lastMinuteFriday = UsEquitySession.openOn(LocalDate.of(2024, 3, 8)).plus(Duration.ofMinutes(389));
        SimulatedFeed feed = new SimulatedFeed(DefaultUniverse.instruments().subList(0, 1), 1L, 4, lastMinuteFriday);
        Bar last = feed.nextMinute().getFirst();
        Bar next = feed.nextMinute().getFirst();
        assertThat(last.end()).isEqualTo(Instant.parse("2024-03-08T21:00:00Z"));
        assertThat(next.start()).isEqualTo(Instant.parse("2024-03-11T13:30:00Z")); // Monday 09:30 EDT
    }

    private static void assertOnTick(Price price) {
        assertThat(price.value().signum()).isPositive();
        assertThat(price.isMultipleOf(TICK)).as("%s on tick", price).isTrue();
    }
}
