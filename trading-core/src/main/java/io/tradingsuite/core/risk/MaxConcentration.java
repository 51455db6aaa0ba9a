package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The value of the order's symbol's committed position after the order, |position x valuation price|, must not
 * exceed {@code maxConcentrationPct} % of the account's equity ({@code RISK_CONCENTRATION}; compared exactly:
 * value x 100 &lt;= pct x equity). Orders that make the position smaller are always accepted; without a snapshot
 * the policy abstains ({@link BuyingPower} already denies).
 */
public final class MaxConcentration implements RiskPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Optional<Money> equity = context.equity();
        if (equity.isEmpty()) {
            return approved();
        }
        Symbol symbol = context.order().symbol();
        Money before = context.value(symbol, context.committedPosition(symbol).abs());
        Money after = context.value(symbol, context.positionAfterOrder().abs());
        if (after.compareTo(before) <= 0) {
            return approved();
        }
        BigDecimal pct = context.limits().maxConcentrationPct();
        if (after.value().multiply(HUNDRED).compareTo(equity.get().value().multiply(pct)) > 0) {
            return denied(RiskReasonCode.RISK_CONCENTRATION, symbol + " would be worth " + after + ", more than "
                    + pct.toPlainString() + "% of the equity " + equity.get());
        }
        return approved();
    }
}
