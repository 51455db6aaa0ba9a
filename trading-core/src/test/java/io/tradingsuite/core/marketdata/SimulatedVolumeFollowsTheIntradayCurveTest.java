package io.tradingsuite.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tradingsuite.common.types.Symbol;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedVolumeFollowsTheIntradayCurveTest {

    @Test
    void theCurveIsUShapedWithMeanOne() {
        IntradayVolumeCurve curve = new IntradayVolumeCurve();
        double sum = 0;
        for (int m = 0; m < UsEquitySession.MINUTES; m++) {
            sum += curve.weight(m);
        }
        assertThat(sum / UsEquitySession.MINUTES).isCloseTo(1.0, within(1e-9));
        assertThat(curve.weight(0)).isGreaterThan(2.5 * curve.weight(195));
        assertThat(curve.weight(389)).isGreaterThan(2.5 * curve.weight(195));
        assertThat(curve.weight(100)).isLessThan(curve.weight(10)).isGreaterThan(curve.weight(195));
    }

    @Test
    void simulatedVolumeIsHighAtTheOpenAndCloseAndLowAtMidday() {
        SimulatedInstrument spy = DefaultUniverse.instrument(Symbol.of("SPY")).orElseThrow();
        SimulatedFeed feed = new SimulatedFeed(List.of(spy), 2024L, 10, UsEquitySession.openOn(LocalDate.of(2024, 3, 4)));
        long[] volume = new long[UsEquitySession.MINUTES];
        long total = 0;
        for (int m = 0; m < UsEquitySession.MINUTES; m++) {
            volume[m] = feed.nextMinute().getFirst().volume();
            total += volume[m];
        }
        double firstHalfHour = average(volume, 0, 30);
        double midday = average(volume, 180, 210);
        double lastHalfHour = average(volume, 360, 390);

        assertThat(firstHalfHour).isGreaterThan(2 * midday);
        assertThat(lastHalfHour).isGreaterThan(2 * midday);
        // the day's total is the average daily volume within the sampling noise
        assertThat((double) total).isCloseTo((double) spy.averageDailyVolume(), within(0.05 * spy.averageDailyVolume()));
    }

    private static double average(long[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
