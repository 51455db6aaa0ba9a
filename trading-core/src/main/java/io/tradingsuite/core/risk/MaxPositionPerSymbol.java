package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Quantity;

/**
 * The absolute committed position of the order's symbol after the order (snapshot + unapplied fills + open
 * orders + this order) must not exceed {@code maxPositionPerSymbol} ({@code RISK_MAX_POSITION}); an order that
 * makes the absolute position smaller is always accepted.
 */
public final class MaxPositionPerSymbol implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        OrderFigures figures = context.figures();
        Amount after = figures.positionAfterAbs();
        if (after.isAbove(figures.limits().maxPositionPerSymbol()) && after.isAbove(figures.positionBeforeAbs())) {
            Quantity limit = context.limits().maxPositionPerSymbol();
            return denied(RiskReasonCode.RISK_MAX_POSITION, "position of " + context.order().symbol()
                    + " would be " + context.figures().positionAfter() + ", above the limit " + limit);
        }
        return approved();
    }
}
