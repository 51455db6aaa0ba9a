package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Near-duplicate detection: an order with the same symbol, side, quantity, type, limit and stop price as one of
 * the account's approved less than {@code duplicateWindow} ago is denied {@code RISK_DUPLICATE_ORDER} (exactly the
 * window ago is no longer a duplicate; a zero window turns the check off). Catches a bot or a user sending the
 * same order twice under different client order ids.
 */
public final class DuplicateOrderWindow implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Duration window = context.limits().duplicateWindow();
        if (window.isZero()) {
            return approved();
        }
        Instant since = context.figures().duplicateWindowStart();
        List<RecentOrder> recentOrders = context.recentOrders();
        for (int i = 0; i < recentOrders.size(); i++) { // indexed: no iterator on the approve path
            RecentOrder r = recentOrders.get(i);
            if (r.approvedAt().isAfter(since) && r.sameTerms(context.order())) {
                return denied(RiskReasonCode.RISK_DUPLICATE_ORDER, "same order as " + r.order().clientOrderId()
                        + " approved at " + r.approvedAt() + ", within " + window);
            }
        }
        return approved();
    }
}
