package io.tradingsuite.risk.web;

import io.tradingsuite.core.risk.RiskLimits;
import io.tradingsuite.core.risk.RiskPolicies;
import io.tradingsuite.core.risk.RiskPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The limits in force as JSON: {@code version}, every limit under its snake_case name (decimals as strings,
 * whole-number limits as numbers, durations ISO-8601 such as {@code PT30S}), {@code max_quote_age_seconds}, and
 * {@code policies}: the policy chain in evaluation order.
 */
final class LimitsResponse {

    private static final Set<String> WHOLE_NUMBERS = Set.of(RiskLimits.PRICE_COLLAR_BPS,
            RiskLimits.MAX_ORDERS_PER_SECOND_PER_ACCOUNT, RiskLimits.MAX_ORDERS_PER_SECOND_PER_BOT);

    private LimitsResponse() {
    }

    static Map<String, Object> of(RiskLimits limits) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", limits.version());
        limits.toMap().forEach((name, value) -> body.put(name, WHOLE_NUMBERS.contains(name) ? Integer.valueOf(value) : value));
        body.put("max_quote_age_seconds", limits.maxQuoteAge().toSeconds());
        body.put("policies", RiskPolicies.all().stream().map(RiskPolicy::name).toList());
        return body;
    }
}
