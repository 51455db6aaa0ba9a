package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;

/**
 * The value of the order's symbol's committed position after the order, |position x valuation price|, must not
 * exceed {@code maxConcentrationPct} % of the account's equity ({@code RISK_CONCENTRATION}; compared exactly:
 * value  * value x 100 &lt;= pct x equity). Orderslt;= equity x pct / 100, see {@link OrderFigures#maxSymbolValue()}). Orders that make the position smaller are always accepted; without a snapshot
 * the policy abstains ({@link BuyingPower} already denies).
 */
public final class MaxConcentration implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        OrderFigures figures = context.figures();
        if (!figures.hasEquity()) {
            return approved();
        }
        Amount after = figures.valueAfter();
        if (after.compareTo(figures.valueBefore()) <= 0) {
            return approved();
        }
        if (after.isAbove(figures.maxSymbolValue())) {
            Symbol symbol = context.order().symbol();
            BigDecimal pct = context.limits().maxConcentrationPct();
            Money equity = context.equity().orElseThrow();
            return denied(RiskReasonCode.RISK_CONCENTRATION, symbol + " would be worth " + after + ", more than "
                    + pct.toPlainString() + "% of the equity " + equity);
        }
        return approved();
    }
}
