package io.tradingsuite.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fixed-point form of an {@link Amount} never changes an answer: amounts compare exactly as their decimals. */
class AmountsCompareLikeTheirDecimalsTest {

    @Property(tries = 2000, seed = "20261202")
    void comparisonsAgreeWithTheDecimals(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
        Amount x = Amount.of(a);
        Amount y = Amount.of(b);

        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(a.compareTo(b)));
        assertThat(x.signum()).isEqualTo(a.signum());
        assertThat(x.equals(y)).isEqualTo(a.compareTo(b) == 0);
        if (x.isFixed()) {
            assertThat(BigDecimal.valueOf(x.units(), Amount.SCALE).compareTo(a)).isZero();
        }
    }

    @Example
    void valuesWithMoreDecimalsOrBeyondTheRangeStayDecimal() {
        assertThat(Amount.of(new BigDecimal("187.25")).isFixed()).isTrue();
        assertThat(Amount.of(new BigDecimal("0.000001")).isFixed()).isTrue();
        assertThat(Amount.of(new BigDecimal("0.0000001")).isFixed()).isFalse();
        assertThat(Amount.of(new BigDecimal("9223372036854.775807")).isFixed()).isTrue();
        assertThat(Amount.of(new BigDecimal("-9223372036854.775808")).isFixed()).isTrue();
        assertThat(Amount.of(new BigDecimal("9223372036854.775808")).isFixed()).isFalse();
        assertThat(Amount.of(new BigDecimal("9999999999999.999999")).isFixed()).isFalse();
        assertThat(Amount.of(new BigDecimal("10000000000000")).isFixed()).isFalse();
        assertThat(Amount.of(new BigDecimal("0.0000001")).compareTo(Amount.of(BigDecimal.ZERO))).isPositive();
        assertThat(Amount.of(new BigDecimal("250000.00")).toString()).isEqualTo("250000.00");
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigDecimal> small = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L)
                .flatMap(unscaled -> Arbitraries.integers().between(0, 9).map(scale -> BigDecimal.valueOf(unscaled, scale)));
        Arbitrary<BigDecimal> large = Arbitraries.bigIntegers().between(
                        new java.math.BigInteger("-100000000000000000000"), new java.math.BigInteger("100000000000000000000"))
                .flatMap(unscaled -> Arbitraries.integers().between(0, 8).map(scale -> new BigDecimal(unscaled, scale)));
        Arbitrary<BigDecimal> edges = Arbitraries.of(new BigDecimal("9223372036854.775807"),
                new BigDecimal("9223372036854.775808"), new BigDecimal("-9223372036854.775808"),
                new BigDecimal("9999999999999.999999"),
                new BigDecimal("-9999999999999.999999"), new BigDecimal("10000000000000"), new BigDecimal("0.000001"),
                new BigDecimal("0.0000001"), BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("1E+3"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, small), net.jqwik.api.Tuple.of(3, large),
                net.jqwik.api.Tuple.of(1, edges));
    }
}
