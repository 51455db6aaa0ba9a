package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Money;

/**
 * Net exposure after the order, |sum over symbols of committed position x valuation price|, must not exceed
 * {@code maxNetExposure} ({@code RISK_NET_EXPOSURE}); orders that do not increase it are always accepted.
 */
public final class MaxNetExposure implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        OrderFigures figures = context.figures();
        Amount after = figures.netAfter();
        if (after.isAbove(figures.limits().maxNetExposure()) && after.isAbove(figures.netBefore())) {
            Money limit = context.limits().maxNetExposure();
            return denied(RiskReasonCode.RISK_NET_EXPOSURE, "net exposure would be " + after
                    + ", above the limit " + limit);
        }
        return approved();
    }
}
