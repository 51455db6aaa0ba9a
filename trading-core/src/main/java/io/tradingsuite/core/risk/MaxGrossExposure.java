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
        OrderFigures figures = context.figures();
        Amount after = figures.grossAfter();
        if (after.isAbove(figures.limits().maxGrossExposure()) && after.isAbove(figures.grossBefore())) {
            Money limit = context.limits().maxGrossExposure();
            return denied(RiskReasonCode.RISK_GROSS_EXPOSURE, "gross exposure would be " + after
                    + ", above the limit " + limit);
        }
        return approved();
    }
}
