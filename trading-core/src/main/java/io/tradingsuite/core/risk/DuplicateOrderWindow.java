package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
        Instant since = context.now().minus(window);
        Optional<RecentOrder> twin = context.recentOrders().stream()
                .filter(r -> r.approvedAt().isAfter(since))
                .filter(r -> r.sameTerms(context.order()))
                .findFirst();
        return twin.<PolicyDecision>map(r -> denied(RiskReasonCode.RISK_DUPLICATE_ORDER, "same order as "
                        + r.order().clientOrderId() + " approved at " + r.approvedAt() + ", within " + window))
                .orElse(approved());
    }
}
