package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Quantity;

/**
 * The quantity must lie within [{@code minOrderQuantity}, {@code maxOrderQuantity}] (both inclusive) and, for
 * an asset that is not fractionable, be a whole multiple of its lot size.
 */
public final class QuantityBounds implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Quantity quantity = context.order().quantity();
        RiskLimits limits = context.limits();
        if (context.figures().quantity().compareTo(context.figures().limits().minOrderQuantity()) < 0) {
            return denied(RiskReasonCode.RISK_QUANTITY_OUT_OF_BOUNDS,
                    "quantity " + quantity + " is below the minimum " + limits.minOrderQuantity());
        }
        if (context.figures().quantity().isAbove(context.figures().limits().maxOrderQuantity())) {
            return denied(RiskReasonCode.RISK_QUANTITY_OUT_OF_BOUNDS,
                    "quantity " + quantity + " is above the maximum " + limits.maxOrderQuantity());
        }
        if (!context.figures().multipleOfLot()) {
            return denied(RiskReasonCode.RISK_QUANTITY_OUT_OF_BOUNDS, "quantity " + quantity
                    + " is not a multiple of the lot size " + context.asset().orElseThrow().lotSize());
        }
        return approved();
    }
}
