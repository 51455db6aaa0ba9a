package io.tradingsuite.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedFeedWithTheSameSeedRepeatsItselfTest {

    private static final Instant OPEN = UsEquitySession.openOn(LocalDate.of(2024, 3, 4));

    @Test
    void sameSeedGivesIdenticalQuotesAndBars() {
        assertThat(run(42L)).isEqualTo(run(42L));
    }

    @Test
    void anotherSeedGivesAnotherSeries() {
        assertThat(run(42L)).isNotEqualTo(run(43L));
    }

    @Test
    void aSymbolsSeriesDoesNotDependOnTheOtherSymbols() {
        SimulatedInstrument aapl = DefaultUniverse.instrument(io.tradingsuite.common.types.Symbol.of("AAPL")).orElseThrow();
        SimulatedFeed alone = new SimulatedFeed(List.of(aapl), 7L, 10, OPEN);
        SimulatedFeed together = new SimulatedFeed(DefaultUniverse.instruments(), 7L, 10, OPEN);
        for (int minute = 0; minute < 30; minute++) {
            Bar aloneBar = alone.nextMinute().getFirst();
            Bar togetherBar = together.nextMinute().stream()
                    .filter(b -> b.symbol().equals(aapl.symbol())).findFirst().orElseThrow();
            assertThat(togetherBar).isEqualTo(aloneBar);
        }
    }

    private static List<Object> run(long seed) {
        SimulatedFeed feed = new SimulatedFeed(DefaultUniverse.instruments(), seed, 10, OPEN);
        List<Object> output = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            FeedStep step = feed.step();
            output.addAll(step.quotes());
            output.addAll(step.closedBars());
        }
        return output;
    }
}
