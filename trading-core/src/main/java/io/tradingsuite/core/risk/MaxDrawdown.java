package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;

/**
 * While the account's equity is more than {@code maxDrawdownPct} % below its high-water mark, only orders that
 * reduce a position are accepted ({@code RISK_DRAWDOWN}); see {@link LossLimits#drawdownBreach}.
 */
public final class MaxDrawdown implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        OrderFigures figures = context.figures();
        if (context.account().isEmpty() || figures.reducesPosition() || figures.maxDrawdownAmount() == null
                || figures.drawdown().compareTo(figures.maxDrawdownAmount()) <= 0) {
            return approved();
        }
        return LossLimits.drawdownBreach(context.account().get().equity(), context.limits()).orElseThrow();
    }
}
