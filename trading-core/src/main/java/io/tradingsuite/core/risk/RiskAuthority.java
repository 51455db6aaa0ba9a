package io.tradingsuite.core.risk;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.venue.MarketClock;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assembles the {@link RiskContext} of an order (asset from the {@link AssetLookup}, {@code now} from the
 * injected {@link Clock}) and runs the policy chain. Stateless: callers pass the account's current state.
 */
public final class RiskAuthority {

    private final AssetLookup assets;
    private final Clock clock;
    private final MarketClock market;
    private final List<RiskPolicy> policies;

    /** An authority on an always-open market (simulated data). */
    public RiskAuthority(AssetLookup assets, Clock clock) {
        this(assets, clock, MarketClock.alwaysOpen());
    }

    public RiskAuthority(AssetLookup assets, Clock clock, MarketClock market) {
        this(assets, clock, market, RiskPolicies.all());
    }

    public RiskAuthority(AssetLookup assets, Clock clock, List<RiskPolicy> policies) {
        this(assets, clock, MarketClock.alwaysOpen(), policies);
    }

    public RiskAuthority(AssetLookup assets, Clock clock, MarketClock market, List<RiskPolicy> policies) {
        this.assets = Objects.requireNonNull(assets, "assets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.market = Objects.requireNonNull(market, "market");
        this.policies = List.copyOf(policies);
    }

    /** The market calendar time in force is checked against. */
    public MarketClock market() {
        return market;
    }

    /** Builds the context at the clock's current instant. */
    public RiskContext context(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits) {
        return context(order, quote, account, unappliedFills, openOrders, limits, EffectiveTradingState.ACTIVE,
                List.of(), Quantity.ZERO, Quantity.ZERO);
    }

    /** Builds the full context at the clock's current instant (see {@link RiskContext} for {@code covered}). */
    public RiskContext context(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits,
            EffectiveTradingState tradingState, List<RecentOrder> recentOrders, Quantity locate, Quantity covered) {
        return new RiskContext(order, assets.find(order.symbol()), quote, clock.instant(), account, unappliedFills,
                openOrders, limits, tradingState, recentOrders, market, locate, covered);
    }

    /**
     * Decides one order against the account state, the trading state of its scopes, its recent approvals, the
     * quantity of its symbol the account has located for short sales, and the part of it an order it takes the place
     * of already commits ({@code covered}, see {@link RiskContext}).
     */
    public RiskVerdict decide(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits,
            EffectiveTradingState tradingState, List<RecentOrder> recentOrders, Quantity locate, Quantity covered) {
        return RiskPolicies.evaluate(policies, context(order, quote, account, unappliedFills, openOrders, limits,
                tradingState, recentOrders, locate, covered));
    }

    /** Decides one order against the account state, the trading state of its scopes and its recent approvals. */
    public RiskVerdict decide(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits,
            EffectiveTradingState tradingState, List<RecentOrder> recentOrders) {
        return decide(order, quote, account, unappliedFills, openOrders, limits, tradingState, recentOrders,
                Quantity.ZERO, Quantity.ZERO);
    }

    /** Decides one order against the given account state, with every scope active and no recent approvals. */
    public RiskVerdict decide(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits) {
        return RiskPolicies.evaluate(policies, context(order, quote, account, unappliedFills, openOrders, limits));
    }
}
