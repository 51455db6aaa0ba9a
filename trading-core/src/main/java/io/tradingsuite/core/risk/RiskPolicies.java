package io.tradingsuite.core.risk;

import java.util.List;

/** The one visible, ordered list of pre-trade policies; the first denial decides. */
public final class RiskPolicies {

    private static final List<RiskPolicy> ALL = List.of(
            new TradingStateGate(),
            new OrderThrottle(),
            new DuplicateOrderWindow(),
            new SymbolTradable(),
            new AssetClassOrderTypes(),
            new MarketHoursTimeInForce(),
            new ShortSaleLocate(),
            new QuantityBounds(),
            new MaxNotionalPerOrder(),
            new PriceCollar(),
            new BuyingPower(),
            new MaxPositionPerSymbol(),
            new MaxConcentration(),
            new MaxGrossExposure(),
            new MaxNetExposure(),
            new DailyLossLimit(),
            new MaxDrawdown());

    private RiskPolicies() {
    }

    /** All current policies, in evaluation order. */
    public static List<RiskPolicy> all() {
        return ALL;
    }

    /** Evaluates {@link #all()} against the context. */
    public static RiskVerdict evaluate(RiskContext context) {
        return evaluate(ALL, context);
    }

    /** Evaluates the policies in order; the first denial decides, else the order is approved. */
    public static RiskVerdict evaluate(List<RiskPolicy> policies, RiskContext context) {
        for (RiskPolicy policy : policies) {
            PolicyDecision decision = policy.evaluate(context);
            if (decision instanceof PolicyDecision.Denied denied) {
                return RiskVerdict.denied(policy.name(), denied, context);
            }
        }
        return RiskVerdict.approved(context);
    }
}
