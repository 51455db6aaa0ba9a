package io.tradingsuite.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed figures. Portfolio: 100 AAA at 50.00 (v = 5,000) and 100 BBB at 20.00 (v = 2,000); five daily
 * returns AAA 1%, −2%, 3%, −1%, 0% and BBB 2%, 1%, −1%, −2%, 0%.
 * <pre>
 * var(AAA) = 0.00148 / 4 = 0.00037, var(BBB) = 0.001 / 4 = 0.00025, cov = −0.0001 / 4 = −0.000025
 * vᵀΣv = 5000² x 0.00037 + 2000² x 0.00025 + 2 x 5000 x 2000 x (−0.000025) = 9250 + 1000 − 500 = 9750
 * σ = sqrt(9750) = 98.742088;  VaR95 = 1.644854 x σ = 162.42;  VaR99 = 2.326348 x σ = 229.71
 * P&amp;L per day: 90, −80, 130, −90, 0 → worst −90; k = ceil(5 x 0.05) = ceil(5 x 0.01) = 1 → both 90.00
 * </pre>
 */
class RiskMetricsOfATwoAssetPortfolioTest {

    static final Symbol AAA = Symbol.of("AAA");
    static final Symbol BBB = Symbol.of("BBB");
    static final Instant NOW = Instant.parse("2025-03-03T15:00:00Z");
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private final ReturnMatrix returns = new ReturnMatrix(List.of(AAA, BBB), new double[][] {
            {0.01, -0.02, 0.03, -0.01, 0.00},
            {0.02, 0.01, -0.01, -0.02, 0.00}});

    @Test
    void parametricAndHistoricalVarMatchTheHandComputedFigures() {
        AccountRiskMetrics metrics = RiskMetricsCalculator.calculate(
                Map.of(AAA, Quantity.of(100), BBB, Quantity.of(100)),
                Map.of(AAA, Price.of("50.00"), BBB, Price.of("20.00")),
                EquityMarks.start(DAY, Money.of("10000.00")), returns, 1.0, NOW);

        ValueAtRisk var = metrics.valueAtRisk().orElseThrow();
        assertThat(var.parametric95().value().doubleValue()).isCloseTo(162.42, within(0.01));
        assertThat(var.parametric99().value().doubleValue()).isCloseTo(229.71, within(0.01));
        assertThat(var.parametric95()).isEqualTo(Money.of("162.42"));
        assertThat(var.parametric99()).isEqualTo(Money.of("229.71"));
        assertThat(var.historical95()).isEqualTo(Money.of("90.00"));
        assertThat(var.historical99()).isEqualTo(Money.of("90.00"));
        assertThat(var.of(95, ValueAtRisk.Method.PARAMETRIC)).isEqualTo(var.parametric95());
        assertThat(metrics.windowSize()).isEqualTo(5);
    }

    @Test
    void theCovarianceMatrixIsTheSampleCovariance() {
        double[][] cov = RiskMetricsCalculator.covariance(returns.returns(), 5);
        assertThat(cov[0][0]).isCloseTo(0.00037, within(1e-12));
        assertThat(cov[1][1]).isCloseTo(0.00025, within(1e-12));
        assertThat(cov[0][1]).isCloseTo(-0.000025, within(1e-12));
        assertThat(RiskMetricsCalculator.portfolioVariance(new double[] {5000, 2000}, cov)).isCloseTo(9750, within(1e-6));
    }

    @Test
    void aHedgedShortReducesNetExposureAndTheHorizonScaleMultipliesVar() {
        // short BBB instead: v = (5000, −2000): 9250 + 1000 + 500 = 10750, σ = 103.682207, VaR95 = 170.54
        AccountRiskMetrics metrics = RiskMetricsCalculator.calculate(
                Map.of(AAA, Quantity.of(100), BBB, Quantity.of(-100)),
                Map.of(AAA, Price.of("50.00"), BBB, Price.of("20.00")),
                EquityMarks.start(DAY, Money.of("10000.00")), returns, 2.0, NOW);

        assertThat(metrics.grossExposure()).isEqualTo(Money.of("7000.00"));
        assertThat(metrics.netExposure()).isEqualTo(Money.of("3000.00"));
        // P&L: 50−40, −100−20, 150+20, −50+40, 0 → worst −120, scaled x 2
        assertThat(metrics.valueAtRisk().orElseThrow().historical95()).isEqualTo(Money.of("240.00"));
        assertThat(metrics.valueAtRisk().orElseThrow().parametric95()).isEqualTo(Money.of("341.08"));
    }

    @Test
    void historicalVarTakesTheKthWorstPeriod() {
        // 40 periods: k95 = ceil(40 x 0.05) = 2, k99 = ceil(40 x 0.01) = 1; value 1,000
        double[] r = new double[40];
        r[7] = -0.05;
        r[20] = -0.03;
        r[30] = -0.01;
        r[3] = 0.04;
        AccountRiskMetrics metrics = RiskMetricsCalculator.calculate(Map.of(AAA, Quantity.of(10)),
                Map.of(AAA, Price.of("100.00")), EquityMarks.start(DAY, Money.of("1000.00")),
                new ReturnMatrix(List.of(AAA), new double[][] {r}), 1.0, NOW);

        assertThat(metrics.valueAtRisk().orElseThrow().historical95()).isEqualTo(Money.of("30.00"));
        assertThat(metrics.valueAtRisk().orElseThrow().historical99()).isEqualTo(Money.of("50.00"));
        assertThat(RiskMetricsCalculator.worstIndex(100, 95)).isEqualTo(4);
        assertThat(RiskMetricsCalculator.worstIndex(250, 99)).isEqualTo(2);
    }

    @Test
    void exposureConcentrationPnlAndDrawdownAreExactToTheCent() {
        // day start 10,000, high-water mark 12,000, equity 9,000.50; AAA 30 x 100.10 = 3,003.00 → 33.36 %,
        // BBB −12.5 x 40 = −500.00 → 5.56 %, CCC has no price (counts zero); drawdown 2,999.50 / 12,000 = 25.00 %
        EquityMarks marks = new EquityMarks(DAY, Money.of("10000.00"), Money.of("12000.00"), Money.of("9000.50"));
        AccountRiskMetrics metrics = RiskMetricsCalculator.calculate(
                Map.of(AAA, Quantity.of(30), BBB, Quantity.of("-12.5"), Symbol.of("CCC"), Quantity.of(5)),
                Map.of(AAA, Price.of("100.10"), BBB, Price.of("40.00")),
                marks, new ReturnMatrix(List.of(), new double[0][0]), 1.0, NOW);

        assertThat(metrics.grossExposure()).isEqualTo(Money.of("3503.00"));
        assertThat(metrics.netExposure()).isEqualTo(Money.of("2503.00"));
        assertThat(metrics.concentrationPct()).containsOnlyKeys(AAA, BBB);
        assertThat(metrics.concentrationPct().get(AAA)).isEqualByComparingTo(new BigDecimal("33.36"));
        assertThat(metrics.concentrationPct().get(BBB)).isEqualByComparingTo(new BigDecimal("5.56"));
        assertThat(metrics.dailyPnl()).isEqualTo(Money.of("-999.50"));
        assertThat(metrics.drawdown()).isEqualTo(Money.of("2999.50"));
        assertThat(metrics.drawdownPct()).isEqualByComparingTo(new BigDecimal("25.00"));
        assertThat(metrics.valueAtRisk()).as("no returns for the held symbols yet").isEmpty();
        assertThat(metrics.windowSize()).isZero();
    }

    @Test
    void aFlatAccountHasZeroVar() {
        AccountRiskMetrics metrics = RiskMetricsCalculator.calculate(Map.of(), Map.of(),
                EquityMarks.start(DAY, Money.of("500.00")), new ReturnMatrix(List.of(), new double[0][0]), 1.0, NOW);
        assertThat(metrics.valueAtRisk().orElseThrow().parametric99()).isEqualTo(Money.ZERO);
        assertThat(metrics.grossExposure()).isEqualTo(Money.ZERO);
    }
}
