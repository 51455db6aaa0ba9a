package io.tradingsuite.risk.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.core.risk.AccountRiskMetrics;
import io.tradingsuite.core.risk.ValueAtRisk;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/risk/metrics}: decimals as strings (money to the cent, percentages with two decimals); the VaR
 * fields are {@code null} while the return window is too short for a held symbol.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record RiskMetricsResponse(
        @JsonProperty("account_id") String accountId,
        @JsonProperty("gross_exposure") Money grossExposure,
        @JsonProperty("net_exposure") Money netExposure,
        @JsonProperty("concentration") Map<String, String> concentration,
        @JsonProperty("daily_pnl") Money dailyPnl,
        @JsonProperty("drawdown") Money drawdown,
        @JsonProperty("drawdown_pct") String drawdownPct,
        @JsonProperty("var_95_parametric") Money var95Parametric,
        @JsonProperty("var_99_parametric") Money var99Parametric,
        @JsonProperty("var_95_historical") Money var95Historical,
        @JsonProperty("var_99_historical") Money var99Historical,
        @JsonProperty("window_size") int windowSize,
        @JsonProperty("as_of") Instant asOf) {

    static RiskMetricsResponse of(AccountId accountId, AccountRiskMetrics m) {
        Map<String, String> concentration = new LinkedHashMap<>();
        m.concentrationPct().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                .forEach(e -> concentration.put(e.getKey().value(), e.getValue().toPlainString()));
        ValueAtRisk var = m.valueAtRisk().orElse(null);
        return new RiskMetricsResponse(accountId.value(), m.grossExposure(), m.netExposure(), concentration,
                m.dailyPnl(), m.drawdown(), m.drawdownPct().toPlainString(),
                var == null ? null : var.parametric95(), var == null ? null : var.parametric99(),
                var == null ? null : var.historical95(), var == null ? null : var.historical99(),
                m.windowSize(), m.asOf());
    }
}
