package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.validation.Asset;
import java.util.EnumSet;
import java.util.Set;

/**
 * The order's type and time in force must be supported for its asset's class, as a broker such as Alpaca supports
 * them ({@code RISK_ORDER_TYPE_NOT_SUPPORTED} otherwise):
 * <ul>
 *   <li>{@code us_equity}: every order type and time in force; a fractional quantity only for market and limit
 *       orders with time in force {@code day} (as the shared validation says, checked again here).</li>
 *   <li>{@code crypto}: market, limit and stop limit orders, time in force {@code gtc} or {@code ioc}.</li>
 *   <li>any other asset class: nothing (an unknown class is never traded by accident).</li>
 * </ul>
 * A symbol missing from the asset master is {@link SymbolTradable}'s denial, which comes first.
 */
public final class AssetClassOrderTypes implements RiskPolicy {

    static final String US_EQUITY = "us_equity";
    static final String CRYPTO = "crypto";

    private record Supported(Set<OrderType> types, Set<TimeInForce> timesInForce) {
    }

    private static final Supported EQUITIES =
            new Supported(EnumSet.allOf(OrderType.class), EnumSet.allOf(TimeInForce.class));
    private static final Supported CRYPTOS = new Supported(
            EnumSet.of(OrderType.MARKET, OrderType.LIMIT, OrderType.STOP_LIMIT), EnumSet.of(TimeInForce.GTC, TimeInForce.IOC));

    /** What an asset class supports, null for a class that is not traded (a switch: cheaper than a map lookup). */
    private static Supported supported(String assetClass) {
        return switch (assetClass) {
            case US_EQUITY -> EQUITIES;
            case CRYPTO -> CRYPTOS;
            default -> null;
        };
    }

    private static final Set<OrderType> FRACTIONAL_EQUITY_TYPES =
            EnumSet.of(OrderType.MARKET, OrderType.LIMIT);

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        if (context.asset().isEmpty()) {
            return approved();
        }
        Asset asset = context.asset().get();
        OrderTicket order = context.order();
        Supported supported = supported(asset.assetClass());
        if (supported == null) {
            return denied(RiskReasonCode.RISK_ORDER_TYPE_NOT_SUPPORTED,
                    "asset class '" + asset.assetClass() + "' of " + asset.symbol() + " is not traded");
        }
        if (!supported.types().contains(order.type())) {
            return denied(RiskReasonCode.RISK_ORDER_TYPE_NOT_SUPPORTED,
                    order.type().wire() + " orders are not supported for " + asset.assetClass() + " (" + asset.symbol() + ")");
        }
        if (!supported.timesInForce().contains(order.timeInForce())) {
            return denied(RiskReasonCode.RISK_ORDER_TYPE_NOT_SUPPORTED, "time in force " + order.timeInForce().wire()
                    + " is not supported for " + asset.assetClass() + " (" + asset.symbol() + ")");
        }
        if (US_EQUITY.equals(asset.assetClass()) && !order.quantity().isWhole()
                && (!FRACTIONAL_EQUITY_TYPES.contains(order.type()) || order.timeInForce() != TimeInForce.DAY)) {
            return denied(RiskReasonCode.RISK_ORDER_TYPE_NOT_SUPPORTED, "fractional quantity " + order.quantity()
                    + " needs a market or limit order with time in force day");
        }
        return approved();
    }
}
