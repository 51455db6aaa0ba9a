package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pure calculation of an account's {@link AccountRiskMetrics} from its positions, their prices, its
 * {@link EquityMarks} and a {@link ReturnMatrix} of the held symbols. Definitions (v_i = position_i x price_i, exact):
 * <ul>
 *   <li>gross exposure = Σ |v_i|; net exposure = Σ v_i (signed); concentration_i = |v_i| x 100 / equity;</li>
 *   <li>daily P&amp;L = equity − start-of-day equity; drawdown = high-water mark − equity; drawdown % = drawdown x
 *       100 / high-water mark;</li>
 *   <li>portfolio P&amp;L of period t: P_t = Σ v_i r_{i,t} (r = the aligned simple returns, T periods);</li>
 *   <li>parametric VaR_α = z_α x sqrt(vᵀ Σ v) x horizonScale, Σ the sample covariance matrix of the returns
 *       (divisor T − 1), zero mean assumed, z_95 = 1.6449, z_99 = 2.3263;</li>
 *   <li>historical VaR_α = max(0, −P_(k)) x horizonScale, P_(1) &lt;= ... &lt;= P_(T) sorted, k = ceil(T x (1 − α))
 *       (at least 1): the k-th worst period.</li>
 * </ul>
 * {@code horizonScale} turns a per-period VaR into a one-day VaR by the square-root-of-time rule
 * (sqrt(periods per day); 1 when the returns are daily). Positions without a price count zero (as in
 * {@link RiskContext}). Statistics are doubles; results are {@link Money} rounded half-even to cents.
 */
public final class RiskMetricsCalculator {

    /** One-sided standard normal quantiles. */
    static final double Z_95 = 1.6448536269514722;
    static final double Z_99 = 2.3263478740408408;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RiskMetricsCalculator() {
    }

    /**
     * @param positions    signed positions per symbol
     * @param prices       valuation price per symbol (a position without one counts zero)
     * @param equity       the account's equity marks
     * @param returns      aligned returns of (at least) every held, priced symbol
     * @param horizonScale multiplier from one return period to one day (&gt; 0)
     * @param asOf         the time of the figures
     */
    public static AccountRiskMetrics calculate(Map<Symbol, Quantity> positions, Map<Symbol, Price> prices,
            EquityMarks equity, ReturnMatrix returns, double horizonScale, Instant asOf) {
        if (!(horizonScale > 0)) {
            throw new IllegalArgumentException("horizonScale must be positive");
        }
        Map<Symbol, Money> values = new LinkedHashMap<>();
        positions.entrySet().stream()
                .filter(e -> !e.getValue().isZero() && prices.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Symbol::value)))
                .forEach(e -> values.put(e.getKey(), prices.get(e.getKey()).times(e.getValue())));

        Money gross = Money.ZERO;
        Money net = Money.ZERO;
        for (Money value : values.values()) {
            gross = gross.plus(abs(value));
            net = net.plus(value);
        }
        Map<Symbol, BigDecimal> concentration = new LinkedHashMap<>();
        Money equityNow = equity.equity();
        if (equityNow.isPositive()) {
            values.forEach((symbol, value) -> concentration.put(symbol,
                    abs(value).value().multiply(HUNDRED).divide(equityNow.value(), 2, RoundingMode.HALF_EVEN)));
        }
        Money drawdown = equity.drawdown();
        BigDecimal drawdownPct = equity.highWaterMark().isPositive()
                ? drawdown.value().multiply(HUNDRED).divide(equity.highWaterMark().value(), 2, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO.setScale(2);

        Optional<ValueAtRisk> var;
        int window;
        if (values.isEmpty()) {
            var = Optional.of(new ValueAtRisk(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
            window = returns.windowSize();
        } else {
            window = returns.windowSize();
            var = valueAtRisk(values, returns, horizonScale);
            if (var.isEmpty()) {
                window = 0;
            }
        }
        return new AccountRiskMetrics(gross.toCents(), net.toCents(), concentration, equity.dailyPnl().toCents(),
                drawdown.toCents(), drawdownPct, var, window, asOf);
    }

    private static Optional<ValueAtRisk> valueAtRisk(Map<Symbol, Money> values, ReturnMatrix returns,
            double horizonScale) {
        int periods = returns.windowSize();
        if (periods < 2) {
            return Optional.empty();
        }
        List<Symbol> symbols = new ArrayList<>(values.keySet());
        int n = symbols.size();
        double[] v = new double[n];
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            r[i] = returns.row(symbols.get(i));
            if (r[i] == null) {
                return Optional.empty();
            }
            v[i] = values.get(symbols.get(i)).value().doubleValue();
        }
        double sigma = Math.sqrt(Math.max(0.0, portfolioVariance(v, covariance(r, periods))));
        double[] pnl = new double[periods];
        for (int t = 0; t < periods; t++) {
            double p = 0.0;
            for (int i = 0; i < n; i++) {
                p += v[i] * r[i][t];
            }
            pnl[t] = p;
        }
        Arrays.sort(pnl);
        return Optional.of(new ValueAtRisk(
                money(Z_95 * sigma * horizonScale),
                money(Z_99 * sigma * horizonScale),
                money(Math.max(0.0, -pnl[worstIndex(periods, 95)]) * horizonScale),
                money(Math.max(0.0, -pnl[worstIndex(periods, 99)]) * horizonScale)));
    }

    /** Sample covariance matrix (divisor T − 1) of the rows of {@code r}. */
    static double[][] covariance(double[][] r, int periods) {
        int n = r.length;
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int t = 0; t < periods; t++) {
                sum += r[i][t];
            }
            mean[i] = sum / periods;
        }
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0.0;
                for (int t = 0; t < periods; t++) {
                    sum += (r[i][t] - mean[i]) * (r[j][t] - mean[j]);
                }
                cov[i][j] = sum / (periods - 1);
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    /** vᵀ Σ v. */
    static double portfolioVariance(double[] v, double[][] cov) {
        double variance = 0.0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                variance += v[i] * v[j] * cov[i][j];
            }
        }
        return variance;
    }

    /** Zero-based index of the k-th worst of {@code periods} sorted P&amp;Ls, k = ceil(T x (100 − pct) / 100) >= 1. */
    static int worstIndex(int periods, int confidencePct) {
        int k = (periods * (100 - confidencePct) + 99) / 100;
        return Math.max(1, k) - 1;
    }

    private static Money money(double amount) {
        return Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN));
    }

    private static Money abs(Money value) {
        return value.isNegative() ? value.negate() : value;
    }
}
