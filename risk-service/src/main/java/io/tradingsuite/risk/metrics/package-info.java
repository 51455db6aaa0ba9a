/**
 * Real-time risk metrics per account (exposure, concentration, daily P&amp;L, drawdown, one-day VaR) computed by
 * trading-core's {@code RiskMetricsCalculator}, served by {@code GET /api/risk/metrics} and exported as gauges
 * ({@code ts.risk.*}), plus the trading-state gauge of every scope.
 */
package io.tradingsuite.risk.metrics;
