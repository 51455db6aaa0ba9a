package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Side;
import java.util.Optional;

/**
 * Fails closed without an account snapshot ({@code RISK_NO_ACCOUNT_STATE}, for every order); a buy's notional
 * must not exceed {@link RiskContext#availableBuyingPower()} = snapshot cash + unapplied fills' cash effect −
 * cash reserved by open buys ({@code RISK_INSUFFICIENT_BUYING_POWER}; exactly equal is accepted).
 * Sells need no cash (no margin in this version; short sales are governed by {@link SymbolTradable}).
 */
public final class BuyingPower implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Optional<Amount> available = context.figures().availableBuyingPower();
        if (available.isEmpty()) {
            return denied(RiskReasonCode.RISK_NO_ACCOUNT_STATE, "no account state seen for the account yet");
        }
        if (context.order().side() != Side.BUY) {
            return approved();
        }
        Optional<Amount> notional = context.figures().notional();
        if (notional.isEmpty()) {
            return denied(RiskReasonCode.RISK_NO_QUOTE, "no quote for " + context.order().symbol()
                    + " to value the order at");
        }
        if (notional.get().isAbove(available.get())) {
            return denied(RiskReasonCode.RISK_INSUFFICIENT_BUYING_POWER, "buy notional " + notional.get()
                    + " exceeds the available buying power " + available.get());
        }
        return approved();
    }
}
