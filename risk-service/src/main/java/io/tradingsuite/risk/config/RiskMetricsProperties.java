package io.tradingsuite.risk.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Real-time risk metrics ({@code ts.risk.metrics.*}).
 *
 * @param sampleInterval  the return period: prices are sampled on a grid of this step (default 1 min, the bar size)
 * @param window          how many returns per symbol the VaR uses at most (default 250)
 * @param horizon         the VaR horizon, "one day": one US trading session by default (390 min); the
 *                        per-period VaR is scaled by sqrt(horizon / sampleInterval)
 * @param refreshInterval how often the gauges of every known account and scope are recomputed (default 5 s)
 */
@Validated
@ConfigurationProperties("ts.risk.metrics")
public record RiskMetricsProperties(
        @NotNull @DefaultValue("1m") Duration sampleInterval,
        @Min(2) @Max(10_000) @DefaultValue("250") int window,
        @NotNull @DefaultValue("390m") Duration horizon,
        @NotNull @DefaultValue("5s") Duration refreshInterval) {

    public RiskMetricsProperties {
        if (sampleInterval == null || sampleInterval.isNegative() || sampleInterval.isZero()) {
            throw new IllegalArgumentException("ts.risk.metrics.sample-interval must be positive");
        }
        if (horizon == null || horizon.compareTo(sampleInterval) < 0) {
            throw new IllegalArgumentException("ts.risk.metrics.horizon must be at least the sample interval");
        }
    }

    /** sqrt(horizon / sample interval): turns a per-period VaR into a horizon VaR (square-root-of-time rule). */
    public double horizonScale() {
        return Math.sqrt((double) horizon.toMillis() / sampleInterval.toMillis());
    }
}
