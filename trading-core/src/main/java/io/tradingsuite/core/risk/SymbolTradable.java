package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.validation.Asset;
import java.util.Optional;

/**
 * The symbol must be in the asset master, tradable and not on the restricted list (limit {@code restricted_symbols},
 * {@code RISK_SYMBOL_RESTRICTED}); a sell larger than the available position (a short
 * sale, or a longer one) needs a shortable asset. The available position is unknown without an account
 * snapshot, so such a sell is then denied {@code RISK_NO_ACCOUNT_STATE}.
 */
public final class SymbolTradable implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Optional<Asset> found = context.asset();
        if (found.isEmpty()) {
            return denied(RiskReasonCode.RISK_SYMBOL_NOT_TRADABLE,
                    "symbol " + context.order().symbol() + " is not in the asset master");
        }
        Asset asset = found.get();
        if (!asset.tradable()) {
            return denied(RiskReasonCode.RISK_SYMBOL_NOT_TRADABLE, "symbol " + asset.symbol() + " is not tradable");
        }
        if (context.limits().restrictedSymbols().contains(asset.symbol())) {
            return denied(RiskReasonCode.RISK_SYMBOL_RESTRICTED, "symbol " + asset.symbol() + " is restricted");
        }
        if (context.order().side() == Side.SELL && !asset.shortable()) {
            Optional<Amount> position = context.figures().availablePosition();
            if (position.isEmpty()) {
                return denied(RiskReasonCode.RISK_NO_ACCOUNT_STATE,
                        "no account state to check the sell of non-shortable " + asset.symbol() + " against");
            }
            if (context.figures().quantity().isAbove(position.get())) {
                return denied(RiskReasonCode.RISK_NOT_SHORTABLE, "sell of " + context.order().quantity() + " "
                        + asset.symbol() + " exceeds the available position " + position.get()
                        + " and the asset is not shortable");
            }
        }
        return approved();
    }
}
