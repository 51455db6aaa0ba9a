package io.tradingsuite.risk.config;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.risk.RiskLimits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The pre-trade limits ({@code ts.risk.limits.*}); every decision records {@code version}.
 *
 * @param minOrderQuantity smallest quantity of one order, inclusive (default 0.001)
 * @param maxOrderQuantity largest quantity of one order, inclusive (default 10,000)
 * @param maxOrderNotional largest quantity x reference price of one order, inclusive (default 250,000.00)
 * @param priceCollarBps   how far a limit price may be through the touch, in basis points (default 500)
 * @param maxQuoteAge      oldest usable reference quote (default 30 s)
 * @param version          version of this set of limits (default 1)
 */
@Validated
@ConfigurationProperties("ts.risk.limits")
public record RiskLimitsProperties(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("0.001") BigDecimal minOrderQuantity,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("10000") BigDecimal maxOrderQuantity,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DefaultValue("250000.00") BigDecimal maxOrderNotional,
        @Min(0) @DefaultValue("500") int priceCollarBps,
        @NotNull @DefaultValue("30s") Duration maxQuoteAge,
        @Min(1) @DefaultValue("1") long version) {

    /** The limits as the core policies use them (the core re-checks consistency, e.g. min &lt;= max). */
    public RiskLimits toLimits() {
        return new RiskLimits(Quantity.of(minOrderQuantity), Quantity.of(maxOrderQuantity), Money.of(maxOrderNotional),
                priceCollarBps, maxQuoteAge, version);
    }
}
