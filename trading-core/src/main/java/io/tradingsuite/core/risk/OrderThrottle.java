package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code maxOrdersPerSecondPerAccount} approvals of the account, and {@code maxOrdersPerSecondPerBot} of
 * the order's bot, in any sliding second: approvals at instants in (now − 1 s, now] are counted, and the order is
 * denied {@code RISK_THROTTLED} when the count already reached the limit (the limit-th approval is accepted).
 */
public final class OrderThrottle implements RiskPolicy {

    public static final Duration WINDOW = Duration.ofSeconds(1);

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Instant windowStart = context.now().minus(WINDOW);
        long accountCount = context.recentOrders().stream().filter(r -> r.approvedAt().isAfter(windowStart)).count();
        int accountLimit = context.limits().maxOrdersPerSecondPerAccount();
        if (accountCount >= accountLimit) {
            return denied(RiskReasonCode.RISK_THROTTLED, "account " + accountCount
                    + " approvals in the last second, limit " + accountLimit);
        }
        if (context.order().botId() != null) {
            long botCount = context.recentOrders().stream()
                    .filter(r -> r.approvedAt().isAfter(windowStart))
                    .filter(r -> context.order().botId().equals(r.order().botId()))
                    .count();
            int botLimit = context.limits().maxOrdersPerSecondPerBot();
            if (botCount >= botLimit) {
                return denied(RiskReasonCode.RISK_THROTTLED, "bot " + context.order().botId() + " " + botCount
                        + " approvals in the last second, limit " + botLimit);
            }
        }
        return approved();
    }
}
