package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Money;
import java.util.Optional;

/**
 * Quantity x reference price (limit price for limit orders, else ask for buys / bid for sells) must not exceed
 * {@code maxOrderNotional}. Without a reference price the order can't be valued and is denied
 * {@code RISK_NO_QUOTE} (fail closed).
 */
public final class MaxNotionalPerOrder implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Optional<Amount> notional = context.figures().notional();
        if (notional.isEmpty()) {
            return denied(RiskReasonCode.RISK_NO_QUOTE,
                    "no quote for " + context.order().symbol() + " to value the order at");
        }
        Money limit = context.limits().maxOrderNotional();
        if (notional.get().isAbove(context.figures().limits().maxOrderNotional())) {
            return denied(RiskReasonCode.RISK_MAX_NOTIONAL_EXCEEDED,
                    "order notional " + notional.get() + " exceeds the limit " + limit);
        }
        return approved();
    }
}
