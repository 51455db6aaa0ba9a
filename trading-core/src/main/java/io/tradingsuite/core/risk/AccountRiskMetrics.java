package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Real-time risk figures of one account (see {@link RiskMetricsCalculator} for the definitions). Money is exact and
 * rounded to cents; percentages have two decimals.
 *
 * @param grossExposure    sum of |position x price|
 * @param netExposure      sum of position x price (signed: longs add, shorts subtract)
 * @param concentrationPct per held symbol, |position x price| x 100 / equity (empty when equity is not positive)
 * @param dailyPnl         equity − start-of-day equity
 * @param drawdown         high-water mark − equity (never negative)
 * @param drawdownPct      drawdown x 100 / high-water mark (0 when the mark is not positive)
 * @param valueAtRisk      one-day VaR; empty while the return window holds fewer than two aligned returns for every
 *                         held symbol (an account without positions has a zero VaR)
 * @param windowSize       number of aligned returns the VaR used
 * @param asOf             when the figures were computed
 */
public record AccountRiskMetrics(Money grossExposure, Money netExposure, Map<Symbol, BigDecimal> concentrationPct,
        Money dailyPnl, Money drawdown, BigDecimal drawdownPct, Optional<ValueAtRisk> valueAtRisk, int windowSize,
        Instant asOf) {

    public AccountRiskMetrics {
        Objects.requireNonNull(grossExposure, "grossExposure");
        Objects.requireNonNull(netExposure, "netExposure");
        Objects.requireNonNull(dailyPnl, "dailyPnl");
        Objects.requireNonNull(drawdown, "drawdown");
        Objects.requireNonNull(drawdownPct, "drawdownPct");
        Objects.requireNonNull(valueAtRisk, "valueAtRisk");
        Objects.requireNonNull(asOf, "asOf");
        concentrationPct = concentrationPct == null ? Map.of() : Map.copyOf(concentrationPct);
    }
}
