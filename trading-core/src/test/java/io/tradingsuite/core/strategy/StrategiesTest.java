package io.tradingsuite.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategiesTest {

    @Test
    void createsAMovingAverageCrossoverFromStringParameters() {
        Strategy strategy = Strategies.create("ma-crossover",
                Map.of("fast_window", "5", "slow_window", "20", "notional_per_trade", "10000"));

        assertThat(strategy).isInstanceOfSatisfying(MovingAverageCrossover.class, s ->
                assertThat(s.parameters()).isEqualTo(new MovingAverageCrossover.Parameters(5, 20, Money.of(10000))));
    }

    @Test
    void unknownNamesAndBadParametersAreRefusedWithTheParameterName() {
        assertThatThrownBy(() -> Strategies.create("martingale", Map.of()))
                .hasMessageContaining("unknown strategy 'martingale'");
        assertThatThrownBy(() -> Strategies.create("ma-crossover", Map.of("fast_window", "x", "slow_window", "3",
                "notional_per_trade", "1"))).hasMessageContaining("fast_window");
        assertThatThrownBy(() -> Strategies.create("ma-crossover", Map.of("fast_window", "1", "slow_window", "3")))
                .hasMessageContaining("notional_per_trade");
    }
}
