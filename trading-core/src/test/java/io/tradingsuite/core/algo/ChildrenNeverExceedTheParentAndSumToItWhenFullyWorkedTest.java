package io.tradingsuite.core.algo;

import static io.tradingsuite.core.algo.AlgoScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For every algorithm, parent size and irregular scheduler timing: the released children never sum to more than the
 * parent, no child is empty, and once the schedule is fully worked they sum to exactly the parent.
 */
class ChildrenNeverExceedTheParentAndSumToItWhenFullyWorkedTest {

    @Property(tries = 300, seed = "20261124")
    void scheduledAlgorithms(@ForAll("parents") Quantity parent, @ForAll("scheduled") ExecutionAlgorithm algorithm,
            @ForAll("gapsInSeconds") List<Integer> gaps) {
        AlgoScenario scenario = new AlgoScenario(algorithm, parent);
        Instant now = T0;
        for (int gap : gaps) {
            now = now.plusSeconds(gap);
            scenario.at(now);
            assertNeverAbove(scenario, parent);
        }
        scenario.at(T0.plus(Duration.ofDays(1)));
        assertNeverAbove(scenario, parent);
        assertThat(scenario.released()).isEqualTo(parent);
        assertThat(scenario.children.stream().reduce(Quantity.ZERO, Quantity::plus)).isEqualTo(parent);
    }

    @Property(tries = 300, seed = "20261125")
    void percentOfVolume(@ForAll("parents") Quantity parent, @ForAll @IntRange(min = 1, max = 100) int percent,
            @ForAll("volumes") List<Long> volumes) {
        AlgoScenario scenario = new AlgoScenario(new Pov(BigDecimal.valueOf(percent, 2)), parent);
        Instant now = T0;
        for (long volume : volumes) {
            now = now.plusSeconds(1);
            scenario.traded(volume).at(now);
            assertNeverAbove(scenario, parent);
        }
        scenario.traded(parent.value().longValue() * 100 + 100).at(now.plusSeconds(1));
        assertThat(scenario.released()).isEqualTo(parent);
    }

    @Property(tries = 300, seed = "20261126")
    void iceberg(@ForAll("parents") Quantity parent, @ForAll @IntRange(min = 1, max = 40) int showings) {
        Quantity share = Slicing.floorToUnit(parent.value().divide(BigDecimal.valueOf(showings), 9,
                java.math.RoundingMode.UP), parent);
        Quantity display = share.isPositive() ? share
                : Quantity.of(BigDecimal.ONE.movePointLeft(Slicing.unitScale(parent)));
        AlgoScenario scenario = new AlgoScenario(new Iceberg(display), parent);
        Instant now = T0;
        while (!scenario.progress().fullyReleased()) {
            now = now.plusSeconds(1);
            scenario.at(now);
            assertNeverAbove(scenario, parent);
            assertThat(scenario.progress().openChildQuantity()).isLessThanOrEqualTo(display);
            scenario.openChildrenFilled();
        }
        assertThat(scenario.children.stream().reduce(Quantity.ZERO, Quantity::plus)).isEqualTo(parent);
    }

    private static void assertNeverAbove(AlgoScenario scenario, Quantity parent) {
        assertThat(scenario.released()).isLessThanOrEqualTo(parent);
        assertThat(scenario.children).allSatisfy(child -> assertThat(child.isPositive()).isTrue());
        assertThat(scenario.children.stream().reduce(Quantity.ZERO, Quantity::plus)).isEqualTo(scenario.released());
    }

    @Provide
    Arbitrary<Quantity> parents() {
        Arbitrary<Quantity> whole = Arbitraries.longs().between(1, 100_000).map(Quantity::of);
        Arbitrary<Quantity> fractional = Arbitraries.longs().between(1, 10_000_000)
                .flatMap(units -> Arbitraries.integers().between(1, 4).map(scale -> Quantity.of(BigDecimal.valueOf(units, scale))));
        return Arbitraries.oneOf(whole, fractional);
    }

    @Provide
    Arbitrary<ExecutionAlgorithm> scheduled() {
        Arbitrary<Integer> slices = Arbitraries.integers().between(1, 60);
        Arbitrary<Duration> durations = Arbitraries.integers().between(1, 7_200).map(Duration::ofSeconds);
        Arbitrary<ExecutionAlgorithm> twap = durations.flatMap(d -> slices.map(n -> new Twap(d, n)));
        Arbitrary<ExecutionAlgorithm> vwap = durations.flatMap(d -> slices.map(
                n -> new Vwap(d, n, new UsSessionVolumeProfile())));
        return Arbitraries.oneOf(twap, vwap);
    }

    @Provide
    Arbitrary<List<Integer>> gapsInSeconds() {
        return Arbitraries.integers().between(0, 900).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Long>> volumes() {
        return Arbitraries.longs().between(0, 50_000).list().ofMaxSize(30);
    }
}
