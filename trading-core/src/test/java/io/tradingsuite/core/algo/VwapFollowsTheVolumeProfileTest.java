package io.tradingsuite.core.algo;

import static io.tradingsuite.core.algo.AlgoScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VwapFollowsTheVolumeProfileTest {

    /** Weights 3, 1, 1, 3 for the four one-minute slices after T0 (a U shape). */
    private static final VolumeProfile U_SHAPE = (from, to) -> {
        long minute = Duration.between(T0, from).toMinutes();
        return minute == 0 || minute == 3 ? BigDecimal.valueOf(3) : BigDecimal.ONE;
    };

    @Test
    void slicesAreSizedByTheirShareOfExpectedVolume() {
        AlgoScenario vwap = new AlgoScenario(new Vwap(Duration.ofMinutes(4), 4, U_SHAPE), Quantity.of(80));

        for (int minute = 0; minute < 4; minute++) {
            vwap.at(T0.plusSeconds(60L * minute));
        }

        assertThat(vwap.children).containsExactly(Quantity.of(30), Quantity.of(10), Quantity.of(10), Quantity.of(30));
    }

    @Test
    void roundingIsDownUntilTheLastSliceTakesTheRemainder() {
        AlgoScenario vwap = new AlgoScenario(new Vwap(Duration.ofMinutes(4), 4, U_SHAPE), Quantity.of(101));

        for (int minute = 0; minute < 4; minute++) {
            vwap.at(T0.plusSeconds(60L * minute));
        }

        // cumulative floor(101 x 3/8, 4/8, 5/8) = 37, 50, 63, then 101
        assertThat(vwap.children).containsExactly(Quantity.of(37), Quantity.of(13), Quantity.of(13), Quantity.of(38));
    }

    @Test
    void theUsSessionCurveWeighsTheOpenAndTheCloseMoreThanMidday() {
        Instant open = T0;
        Vwap wholeDay = new Vwap(Duration.ofMinutes(390), 3, new UsSessionVolumeProfile());
        AlgoScenario vwap = new AlgoScenario(wholeDay, Quantity.of(3000));

        vwap.at(open);
        vwap.at(open.plus(Duration.ofMinutes(130)));
        vwap.at(open.plus(Duration.ofMinutes(260)));

        assertThat(vwap.children).hasSize(3);
        assertThat(vwap.children.get(0)).isGreaterThan(vwap.children.get(1));
        assertThat(vwap.children.get(2)).isGreaterThan(vwap.children.get(1));
        assertThat(vwap.released()).isEqualTo(Quantity.of(3000));
    }

    @Test
    void aFlatProfileSlicesLikeTwap() {
        AlgoScenario vwap = new AlgoScenario(new Vwap(Duration.ofMinutes(5), 5, VolumeProfile.flat()), Quantity.of(100));

        for (int minute = 0; minute < 5; minute++) {
            vwap.at(T0.plusSeconds(60L * minute));
        }

        assertThat(vwap.children).containsOnly(Quantity.of(20)).hasSize(5);
    }
}
