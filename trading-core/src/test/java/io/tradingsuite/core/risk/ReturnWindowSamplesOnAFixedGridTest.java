package io.tradingsuite.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnWindowSamplesOnAFixedGridTest {

    static final Symbol AAA = Symbol.of("AAA");
    static final Symbol BBB = Symbol.of("BBB");
    static final Instant T0 = Instant.parse("2025-03-03T15:00:00Z");

    @Test
    void theLastPriceOfEachBucketIsItsCloseAndReturnsAreAlignedOnCommonBuckets() {
        ReturnWindow window = new ReturnWindow(Duration.ofMinutes(1), 3);
        window.observe(AAA, Price.of("100"), T0);
        window.observe(AAA, Price.of("999"), T0.plusSeconds(70));
        window.observe(AAA, Price.of("110"), T0.plusSeconds(90));   // close of minute 1
        window.observe(AAA, Price.of("99"), T0.plusSeconds(150));   // minute 2
        window.observe(AAA, Price.of("50"), T0.plusSeconds(30));    // older than the latest bucket: ignored
        window.observe(BBB, Price.of("20"), T0.plusSeconds(90));    // BBB starts at minute 1
        window.observe(BBB, Price.of("21"), T0.plusSeconds(130));   // minute 2

        assertThat(window.size(AAA)).isEqualTo(2);
        ReturnMatrix aaa = window.aligned(List.of(AAA));
        assertThat(aaa.returns()[0]).containsExactly(new double[] {0.10, -0.10}, within(1e-12));

        ReturnMatrix both = window.aligned(List.of(AAA, BBB));
        assertThat(both.windowSize()).isEqualTo(1);
        assertThat(both.returns()[0][0]).isCloseTo(-0.10, within(1e-12));
        assertThat(both.returns()[1][0]).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void theWindowKeepsAtMostCapacityReturnsAndASymbolWithoutReturnsEmptiesTheMatrix() {
        ReturnWindow window = new ReturnWindow(Duration.ofMinutes(1), 2);
        for (int i = 0; i < 5; i++) {
            window.observe(AAA, Price.of(100 + i), T0.plus(Duration.ofMinutes(i)));
        }
        assertThat(window.size(AAA)).isEqualTo(2);
        assertThat(window.aligned(List.of(AAA)).returns()[0])
                .containsExactly(new double[] {103.0 / 102 - 1, 104.0 / 103 - 1}, within(1e-12));
        assertThat(window.aligned(List.of(AAA, BBB)).windowSize()).isZero();
    }
}
