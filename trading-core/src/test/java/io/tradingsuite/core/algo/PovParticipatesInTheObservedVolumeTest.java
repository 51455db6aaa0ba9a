package io.tradingsuite.core.algo;

import static io.tradingsuite.core.algo.AlgoScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PovParticipatesInTheObservedVolumeTest {

    private final Pov tenPercent = new Pov(new BigDecimal("0.1"));

    @Test
    void eachChildIsTheParticipationOfTheVolumeSinceTheLastChildRoundedDown() {
        AlgoScenario pov = new AlgoScenario(tenPercent, Quantity.of(500));

        assertThat(pov.at(T0)).isEqualTo(Quantity.ZERO);
        assertThat(pov.traded(1_234).at(T0.plusSeconds(60))).isEqualTo(Quantity.of(123));
        assertThat(pov.progress().volumeSinceLastSlice()).isZero();
        assertThat(pov.traded(5).at(T0.plusSeconds(120))).isEqualTo(Quantity.ZERO);
        assertThat(pov.traded(6).at(T0.plusSeconds(180))).isEqualTo(Quantity.of(1));
    }

    @Test
    void theLastChildIsCappedByWhatIsLeft() {
        AlgoScenario pov = new AlgoScenario(tenPercent, Quantity.of(150));

        pov.traded(1_000).at(T0);
        assertThat(pov.traded(1_000).at(T0.plusSeconds(60))).isEqualTo(Quantity.of(50));
        assertThat(pov.traded(1_000).at(T0.plusSeconds(120))).isEqualTo(Quantity.ZERO);
        assertThat(pov.children).containsExactly(Quantity.of(100), Quantity.of(50));
        assertThat(pov.progress().slicesDone()).isEqualTo(2);
    }
}
