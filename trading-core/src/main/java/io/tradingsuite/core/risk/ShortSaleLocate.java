package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;

/**
 * Reg SHO locate rule: the short-sale part of a sell ({@link RiskContext#shortSaleQuantity()}, the quantity beyond
 * the available position) of a symbol on the hard-to-borrow list (limit {@code hard_to_borrow_symbols}) needs at
 * least that many located shares ({@link RiskContext#locate()}, registered by a risk admin and used up by approved
 * short sales); {@code RISK_NO_LOCATE} otherwise. Without an account snapshot the available position is unknown,
 * so such a sell is denied {@code RISK_NO_ACCOUNT_STATE}. Whether the asset may be shorted at all is
 * {@link SymbolTradable}'s check, which comes first.
 */
public final class ShortSaleLocate implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Symbol symbol = context.order().symbol();
        if (!context.limits().hardToBorrowSymbols().contains(symbol)) {
            return approved();
        }
        if (context.account().isEmpty()) {
            return context.order().side() == Side.SELL
                    ? denied(RiskReasonCode.RISK_NO_ACCOUNT_STATE,
                            "no account state to tell a sell of hard-to-borrow " + symbol + " from a short sale")
                    : approved();
        }
        Amount shortSale = context.figures().shortSale();
        if (shortSale.signum() > 0 && shortSale.isAbove(context.figures().locate())) {
            return denied(RiskReasonCode.RISK_NO_LOCATE, "short sale of " + shortSale + " hard-to-borrow " + symbol
                    + " needs a locate; located and unused: " + context.locate());
        }
        return approved();
    }
}
