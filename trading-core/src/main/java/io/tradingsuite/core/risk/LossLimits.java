package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The account-level loss checks shared by {@link DailyLossLimit}, {@link MaxDrawdown} and the risk service (which
 * switches a breaching account to {@code reducing} when a snapshot shows the breach). Both limits are inclusive:
 * a loss exactly at the limit is not a breach.
 */
public final class LossLimits {

    private LossLimits() {
    }

    /** {@code RISK_DAILY_LOSS} when the equity fell more than {@code maxDailyLoss} since the start of the day. */
    public static Optional<PolicyDecision.Denied> dailyLossBreach(EquityMarks marks, RiskLimits limits) {
        Money loss = dailyLoss(marks);
        if (loss.compareTo(limits.maxDailyLoss()) > 0) {
            return Optional.of(new PolicyDecision.Denied(RiskReasonCode.RISK_DAILY_LOSS, "daily loss " + loss
                    + " exceeds the limit " + limits.maxDailyLoss()));
        }
        return Optional.empty();
    }

    /**
     * {@code RISK_DRAWDOWN} when equity is more than {@code maxDrawdownPct} % below the high-water mark (exactly:
     * drawdown x 100 &gt; pct x mark).
     */
    public static Optional<PolicyDecision.Denied> drawdownBreach(EquityMarks marks, RiskLimits limits) {
        Money drawdown = marks.drawdown();
        BigDecimal pct = limits.maxDrawdownPct();
        if (marks.highWaterMark().isPositive()
                && drawdown.value().compareTo(OrderFigures.percentOf(marks.highWaterMark().value(), pct)) > 0) {
            return Optional.of(new PolicyDecision.Denied(RiskReasonCode.RISK_DRAWDOWN, "drawdown " + drawdown
                    + " from the high-water mark " + marks.highWaterMark() + " exceeds " + pct.toPlainString() + "%"));
        }
        return Optional.empty();
    }

    /** The day's loss: day-start equity minus equity (negative on a winning day). */
    public static Money dailyLoss(EquityMarks marks) {
        return marks.dailyPnl().negate();
    }

    /** The first breach of either limit, if any. */
    public static Optional<PolicyDecision.Denied> breach(EquityMarks marks, RiskLimits limits) {
        return dailyLossBreach(marks, limits).or(() -> drawdownBreach(marks, limits));
    }
}
