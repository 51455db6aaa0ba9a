package io.tradingsuite.core.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one visible, ordered list of pre-trade policies; the first denial decides.
 *
 * <p>The order is written once, in {@link #standard}. {@link #all()} is recorded from it, and evaluating the
 * standard chain walks the same method, where each step names its policy as a constant: the JIT then calls (and
 * mostly inlines) each policy directly instead of dispatching 17 times through the interface. Any other list is
 * evaluated by a plain loop.
 */
public final class RiskPolicies {

    private static final TradingStateGate TRADING_STATE_GATE = new TradingStateGate();
    private static final OrderThrottle ORDER_THROTTLE = new OrderThrottle();
    private static final DuplicateOrderWindow DUPLICATE_ORDER_WINDOW = new DuplicateOrderWindow();
    private static final SymbolTradable SYMBOL_TRADABLE = new SymbolTradable();
    private static final AssetClassOrderTypes ASSET_CLASS_ORDER_TYPES = new AssetClassOrderTypes();
    private static final MarketHoursTimeInForce MARKET_HOURS_TIME_IN_FORCE = new MarketHoursTimeInForce();
    private static final ShortSaleLocate SHORT_SALE_LOCATE = new ShortSaleLocate();
    private static final QuantityBounds QUANTITY_BOUNDS = new QuantityBounds();
    private static final MaxNotionalPerOrder MAX_NOTIONAL_PER_ORDER = new MaxNotionalPerOrder();
    private static final PriceCollar PRICE_COLLAR = new PriceCollar();
    private static final BuyingPower BUYING_POWER = new BuyingPower();
    private static final MaxPositionPerSymbol MAX_POSITION_PER_SYMBOL = new MaxPositionPerSymbol();
    private static final MaxConcentration MAX_CONCENTRATION = new MaxConcentration();
    private static final MaxGrossExposure MAX_GROSS_EXPOSURE = new MaxGrossExposure();
    private static final MaxNetExposure MAX_NET_EXPOSURE = new MaxNetExposure();
    private static final DailyLossLimit DAILY_LOSS_LIMIT = new DailyLossLimit();
    private static final MaxDrawdown MAX_DRAWDOWN = new MaxDrawdown();

    /** One step of {@link #standard}: a denial ends the chain, null goes on. */
    @FunctionalInterface
    private interface Step {
        Denial apply(RiskPolicy policy, RiskContext context);
    }

    private static final Step EVALUATE = RiskPolicies::denialOf;

    private static final List<RiskPolicy> ALL = record();

    /** The standard chain, in order: the only place the order is written. */
    private static Denial standard(Step step, RiskContext context) {
        Denial denial;
        if ((denial = step.apply(TRADING_STATE_GATE, context)) != null
                || (denial = step.apply(ORDER_THROTTLE, context)) != null
                || (denial = step.apply(DUPLICATE_ORDER_WINDOW, context)) != null
                || (denial = step.apply(SYMBOL_TRADABLE, context)) != null
                || (denial = step.apply(ASSET_CLASS_ORDER_TYPES, context)) != null
                || (denial = step.apply(MARKET_HOURS_TIME_IN_FORCE, context)) != null
                || (denial = step.apply(SHORT_SALE_LOCATE, context)) != null
                || (denial = step.apply(QUANTITY_BOUNDS, context)) != null
                || (denial = step.apply(MAX_NOTIONAL_PER_ORDER, context)) != null
                || (denial = step.apply(PRICE_COLLAR, context)) != null
                || (denial = step.apply(BUYING_POWER, context)) != null
                || (denial = step.apply(MAX_POSITION_PER_SYMBOL, context)) != null
                || (denial = step.apply(MAX_CONCENTRATION, context)) != null
                || (denial = step.apply(MAX_GROSS_EXPOSURE, context)) != null
                || (denial = step.apply(MAX_NET_EXPOSURE, context)) != null
                || (denial = step.apply(DAILY_LOSS_LIMIT, context)) != null
                || (denial = step.apply(MAX_DRAWDOWN, context)) != null) {
            return denial;
        }
        return null;
    }

    /** {@link #standard}'s policies, in its order. */
    private static List<RiskPolicy> record() {
        List<RiskPolicy> policies = new ArrayList<>();
        standard((policy, context) -> {
            policies.add(policy);
            return null;
        }, null);
        return List.copyOf(policies);
    }

    private static Denial denialOf(RiskPolicy policy, RiskContext context) {
        return policy.evaluate(context) instanceof PolicyDecision.Denied denied ? new Denial(policy.name(), denied)
                : null;
    }

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
        return firstDenial(policies, context)
                .map(denial -> RiskVerdict.denied(denial.policy(), denial.decision(), context))
                .orElseGet(() -> RiskVerdict.approved(context));
    }

    /**
     * Runs the policies in order and returns the first denial with the name of the policy that made it, or empty
     * when every policy approves. Allocates nothing when the order is approved: the policies only compare the
     * context's precomputed {@link OrderFigures} with the limits.
     */
    public static Optional<Denial> firstDenial(List<RiskPolicy> policies, RiskContext context) {
        Objects.requireNonNull(context, "context");
        if (policies == ALL) {
            return Optional.ofNullable(standard(EVALUATE, context));
        }
        for (int i = 0; i < policies.size(); i++) {
            Denial denial = denialOf(policies.get(i), context);
            if (denial != null) {
                return Optional.of(denial);
            }
        }
        return Optional.empty();
    }

    /** The first denial of the chain and the policy that made it. */
    public record Denial(String policy, PolicyDecision.Denied decision) {

        public Denial {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(decision, "decision");
        }
    }
}
