package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Money;

/**
 * Gross exposure after the order, the sum over symbols of |committed position x valuation price|, must not exceed
 * {@code maxGrossExposure} ({@code RISK_GROSS_EXPOSURE}); orders that do not increase it are always accepted.
 */
public final class MaxGrossExposure implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        RiskContext.Exposure exposure = context.exposure();
        Money before = exposure.grossBefore();
        Money after = exposure.grossAfter();
        Money limit = context.limits().maxGrossExposure();
        if (after.compareTo(limit) > 0 && after.compareTo(before) > 0) {
            return denied(RiskReasonCode.RISK_GROSS_EXPOSURE, "gross exposure would be " + after
                    + ", above the limit " + limit);
        }
        return approved();
    }
}
