package io.tradingsuite.core.risk;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.validation.AssetLookup;
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
    private final List<RiskPolicy> policies;

    public RiskAuthority(AssetLookup assets, Clock clock) {
        this(assets, clock, RiskPolicies.all());
    }

    public RiskAuthority(AssetLookup assets, Clock clock, List<RiskPolicy> policies) {
        this.assets = Objects.requireNonNull(assets, "assets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policies = List.copyOf(policies);
    }

    /** Builds the context at the clock's current instant. */
    public RiskContext context(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits) {
        return new RiskContext(order, assets.find(order.symbol()), quote, clock.instant(), account, unappliedFills,
                openOrders, limits);
    }

    /** Builds the full context at the clock's current instant. */
    public RiskContext context(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits,
            EffectiveTradingState tradingState, List<RecentOrder> recentOrders) {
        return new RiskContext(order, assets.find(order.symbol()), quote, clock.instant(), account, unappliedFills,
                openOrders, limits, tradingState, recentOrders);
    }

    /** Decides one order against the account state, the trading state of its scopes and its recent approvals. */
    public RiskVerdict decide(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits,
            EffectiveTradingState tradingState, List<RecentOrder> recentOrders) {
        return RiskPolicies.evaluate(policies, context(order, quote, account, unappliedFills, openOrders, limits,
                tradingState, recentOrders));
    }

    /** Decides one order against the given account state, with every scope active and no recent approvals. */
    public RiskVerdict decide(OrderTicket order, Optional<ReferenceQuote> quote, Optional<AccountState> account,
            UnappliedFills unappliedFills, List<Reservation> openOrders, RiskLimits limits) {
        return RiskPolicies.evaluate(policies, context(order, quote, account, unappliedFills, openOrders, limits));
    }
}
