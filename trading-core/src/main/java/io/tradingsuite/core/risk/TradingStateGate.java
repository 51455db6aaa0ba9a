package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

/**
 * The first policy: the most restrictive trading state of the order's scopes (global, account, bot) applies.
 * {@code halted} denies every order ({@code RISK_TRADING_HALTED}); {@code reducing} accepts only an order that moves
 * the committed position of its symbol towards zero without crossing it ({@code RISK_REDUCE_ONLY} otherwise).
 */
public final class TradingStateGate implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        EffectiveTradingState effective = context.tradingState();
        return switch (effective.state()) {
            case ACTIVE -> approved();
            case HALTED -> denied(RiskReasonCode.RISK_TRADING_HALTED, "trading is halted for " + effective.scope());
            case REDUCING -> context.figures().reducesPosition() ? approved() : denied(RiskReasonCode.RISK_REDUCE_ONLY,
                    effective.scope() + " is reducing: " + context.order().side().wire() + " "
                            + context.order().quantity() + " " + context.order().symbol()
                            + " would not reduce the position " + context.figures().positionBefore());
        };
    }
}
