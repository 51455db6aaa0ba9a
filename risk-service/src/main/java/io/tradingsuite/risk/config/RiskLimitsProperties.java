package io.tradingsuite.risk.config;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.risk.RiskLimits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The initial pre-trade limits ({@code ts.risk.limits.*}): used as the first version when the database holds none;
 * afterwards {@code PUT /api/risk/limits} changes them at runtime. Defaults as in {@link RiskLimits#defaults()}.
 *
 * @param minOrderQuantity             smallest quantity of one order, inclusive (default 0.001)
 * @param maxOrderQuantity             largest quantity of one order, inclusive (default 10,000)
 * @param maxOrderNotional             largest quantity x reference price of one order (default 250,000.00)
 * @param priceCollarBps               how far a limit price may be through the touch, in bps (default 500)
 * @param maxQuoteAge                  oldest usable reference quote (default 30 s)
 * @param maxPositionPerSymbol         largest absolute position of one symbol (default 20,000)
 * @param maxConcentrationPct          largest value of one symbol's position, % of equity (default 100)
 * @param maxGrossExposure             largest gross exposure (default 1,000,000.00)
 * @param maxNetExposure               largest net exposure (default 1,000,000.00)
 * @param maxDailyLoss                 largest loss since the start of the day (default 25,000.00)
 * @param maxDrawdownPct               largest drawdown from the equity high-water mark, % (default 20)
 * @param maxOrdersPerSecondPerAccount approvals per sliding second per account (default 20)
 * @param maxOrdersPerSecondPerBot     approvals per sliding second per bot (default 10)
 * @param duplicateWindow              how long an identical approved order blocks a repeat (default 2 s)
 * @param restrictedSymbols            symbols nobody may trade (default none)
 * @param hardToBorrowSymbols          symbols whose short sales need a locate (default none)
 * @param version                      version of this set of limits (default 1)
 */
@Validated
@ConfigurationProperties("ts.risk.limits")
public record RiskLimitsProperties(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("0.001") BigDecimal minOrderQuantity,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("10000") BigDecimal maxOrderQuantity,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("250000.00") BigDecimal maxOrderNotional,
        @Min(0) @DefaultValue("500") int priceCollarBps,
        @NotNull @DefaultValue("30s") Duration maxQuoteAge,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("20000") BigDecimal maxPositionPerSymbol,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("100") BigDecimal maxConcentrationPct,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("1000000.00") BigDecimal maxGrossExposure,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("1000000.00") BigDecimal maxNetExposure,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("25000.00") BigDecimal maxDailyLoss,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("20") BigDecimal maxDrawdownPct,
        @Min(1) @DefaultValue("20") int maxOrdersPerSecondPerAccount,
        @Min(1) @DefaultValue("10") int maxOrdersPerSecondPerBot,
        @NotNull @DefaultValue("2s") Duration duplicateWindow,
        @DefaultValue List<String> restrictedSymbols,
        @DefaultValue List<String> hardToBorrowSymbols,
        @Min(1) @DefaultValue("1") long version) {

    /** The limits as the core policies use them (the core re-checks ranges and consistency, e.g. min &lt;= max). */
    public RiskLimits toLimits() {
        RiskLimits limits = new RiskLimits(Quantity.of(minOrderQuantity), Quantity.of(maxOrderQuantity),
                Money.of(maxOrderNotional), priceCollarBps, maxQuoteAge, Quantity.of(maxPositionPerSymbol),
                maxConcentrationPct, Money.of(maxGrossExposure), Money.of(maxNetExposure), Money.of(maxDailyLoss),
                maxDrawdownPct, maxOrdersPerSecondPerAccount, maxOrdersPerSecondPerBot, duplicateWindow, Set.of(),
                Set.of(), version);
        // the symbol lists go through the core's parser: one normalisation and one error message for REST and config
        return limits.withChanges(Map.of(RiskLimits.RESTRICTED_SYMBOLS, String.join(",", restrictedSymbols),
                RiskLimits.HARD_TO_BORROW_SYMBOLS, String.join(",", hardToBorrowSymbols)), version);
    }
}
