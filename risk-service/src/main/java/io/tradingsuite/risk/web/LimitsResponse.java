package io.tradingsuite.risk.web;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.risk.RiskLimits;
import io.tradingsuite.core.risk.RiskPolicies;
import io.tradingsuite.core.risk.RiskPolicy;
import java.util.List;

/**
 * The limits in force and the policy chain in evaluation order. {@code max_quote_age} is ISO-8601
 * ({@code PT30S}); {@code max_quote_age_seconds} the same in seconds.
 */
public record LimitsResponse(
        long version,
        Quantity minOrderQuantity,
        Quantity maxOrderQuantity,
        Money maxOrderNotional,
        int priceCollarBps,
        String maxQuoteAge,
        long maxQuoteAgeSeconds,
        List<String> policies) {

    static LimitsResponse of(RiskLimits limits) {
        return new LimitsResponse(limits.version(), limits.minOrderQuantity(), limits.maxOrderQuantity(),
                limits.maxOrderNotional(), limits.priceCollarBps(), limits.maxQuoteAge().toString(),
                limits.maxQuoteAge().toSeconds(), RiskPolicies.all().stream().map(RiskPolicy::name).toList());
    }
}
