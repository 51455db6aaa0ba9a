package io.tradingsuite.core.algo;

import static io.tradingsuite.core.algo.AlgoScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import org.junit.jupiter.api.Test;

class IcebergRefreshesItsDisplayedChildWhenItFillsTest {

    @Test
    void onlyTheDisplayQuantityWorksAndTheLastChildIsTheRemainder() {
        AlgoScenario iceberg = new AlgoScenario(new Iceberg(Quantity.of(100)), Quantity.of(250));

        assertThat(iceberg.at(T0)).isEqualTo(Quantity.of(100));
        assertThat(iceberg.at(T0.plusSeconds(1))).as("displayed child still open").isEqualTo(Quantity.ZERO);
        assertThat(iceberg.openChildrenFilled().at(T0.plusSeconds(2))).isEqualTo(Quantity.of(100));
        assertThat(iceberg.openChildrenFilled().at(T0.plusSeconds(3))).isEqualTo(Quantity.of(50));
        assertThat(iceberg.openChildrenFilled().at(T0.plusSeconds(4))).isEqualTo(Quantity.ZERO);
        assertThat(iceberg.children).containsExactly(Quantity.of(100), Quantity.of(100), Quantity.of(50));
    }
}
