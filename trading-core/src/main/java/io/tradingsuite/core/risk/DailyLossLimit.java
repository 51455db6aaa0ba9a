package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;

/**
 * While the account's loss since the start of the day exceeds {@code maxDailyLoss}, only orders that reduce a
 * position are accepted ({@code RISK_DAILY_LOSS}); see {@link LossLimits#dailyLossBreach}.
 */
public final class DailyLossLimit implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        if (context.account().isEmpty() || context.figures().reducesPosition()
                || context.figures().dailyLoss().compareTo(context.figures().limits().maxDailyLoss()) <= 0) {
            return approved();
        }
        return LossLimits.dailyLossBreach(context.account().get().equity(), context.limits()).orElseThrow();
    }
}
