package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.BotId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * At most {@code maxOrdersPerSecondPerAccount} approvals of the account, and {@code maxOrdersPerSecondPerBot} of
 * the order's bot, in any sliding second: approvals at instants in (now − 1 s, now] are counted, and the order is
 * denied {@code RISK_THROTTLED} when the count already reached the limit (the limit-th approval is accepted).
 */
public final class OrderThrottle implements RiskPolicy {

    public static final Duration WINDOW = Duration.ofSeconds(1);

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Instant windowStart = context.figures().throttleWindowStart();
        BotId bot = context.order().botId();
        int accountCount = 0;
        int botCount = 0;
        List<RecentOrder> recentOrders = context.recentOrders();
        for (int i = 0; i < recentOrders.size(); i++) { // indexed: no iterator on the approve path
            RecentOrder recent = recentOrders.get(i);
            if (recent.approvedAt().isAfter(windowStart)) {
                accountCount++;
                if (bot != null && bot.equals(recent.order().botId())) {
                    botCount++;
                }
            }
        }
        int accountLimit = context.limits().maxOrdersPerSecondPerAccount();
        if (accountCount >= accountLimit) {
            return denied(RiskReasonCode.RISK_THROTTLED, "account " + accountCount
                    + " approvals in the last second, limit " + accountLimit);
        }
        if (bot != null) {
            int botLimit = context.limits().maxOrdersPerSecondPerBot();
            if (botCount >= botLimit) {
                return denied(RiskReasonCode.RISK_THROTTLED, "bot " + bot + " " + botCount
                        + " approvals in the last second, limit " + botLimit);
            }
        }
        return approved();
    }
}
