package io.tradingsuite.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tradingsuite.common.types.Symbol;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedRealisedVolatilityMatchesTheInstrumentTest {

    private static final int MINUTES = 20 * UsEquitySession.MINUTES; // four weeks of sessions

    @Test
    void annualisedVolatilityOfOneMinuteClosesIsWithinTenPercentOfTheConfiguredOne() {
        for (String symbol : List.of("SPY", "AAPL", "TSLA")) {
            SimulatedInstrument instrument = DefaultUniverse.instrument(Symbol.of(symbol)).orElseThrow();
            SimulatedFeed feed = new SimulatedFeed(List.of(instrument), 99L, 10,
                    UsEquitySession.openOn(LocalDate.of(2024, 1, 2)));
            double previous = instrument.startPrice().value().doubleValue();
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < MINUTES; i++) {
                double close = feed.nextMinute().getFirst().close().value().doubleValue();
                double logReturn = Math.log(close / previous);
                sum += logReturn;
                sumSquares += logReturn * logReturn;
                previous = close;
                assertThat(close).isPositive();
            }
            double mean = sum / MINUTES;
            double variance = sumSquares / MINUTES - mean * mean;
            double annualised = Math.sqrt(variance * SimulatedFeed.TRADING_MINUTES_PER_YEAR);

            assertThat(annualised).as(symbol).isCloseTo(instrument.annualVolatility(),
                    within(0.10 * instrument.annualVolatility()));
        }
    }
}
