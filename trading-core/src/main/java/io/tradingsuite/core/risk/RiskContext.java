package io.tradingsuite.core.risk;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.validation.Asset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the policies may look at for one order request, frozen at {@code now}.
 *
 * @param order          the ticket being decided
 * @param asset          the asset master entry of the ticket's symbol, empty when unknown
 * @param quote          the latest quote of the symbol, empty when none was seen
 * @param now            the decision time (from the injected clock)
 * @param account        the latest account snapshot, empty when none was seen
 * @param unappliedFills fills risk has seen that the snapshot does not include yet
 * @param openOrders     reservations of the account's approved, not yet terminal orders
 * @param limits         the limits in force
 */
public record RiskContext(
        OrderTicket order,
        Optional<Asset> asset,
        Optional<ReferenceQuote> quote,
        Instant now,
        Optional<AccountState> account,
        UnappliedFills unappliedFills,
        List<Reservation> openOrders,
        RiskLimits limits) {

    public RiskContext {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(unappliedFills, "unappliedFills");
        Objects.requireNonNull(limits, "limits");
        openOrders = openOrders == null ? List.of() : List.copyOf(openOrders);
    }

    /** True for order types that carry a limit price (limit, stop limit). */
    public boolean hasLimitPrice() {
        return order.type().requiresLimitPrice() && order.limitPrice() != null;
    }

    /**
     * The price the order is valued at: its limit price for limit orders, else the ask for buys and the bid for
     * sells of the latest quote (whatever its age; freshness is {@link PriceCollar}'s business).
     */
    public Optional<Price> referencePrice() {
        if (hasLimitPrice()) {
            return Optional.of(order.limitPrice());
        }
        return quote.map(q -> q.touch(order.side()));
    }

    /** Quantity x reference price, when a reference price exists. */
    public Optional<Money> orderNotional() {
        return referencePrice().map(price -> price.times(order.quantity()));
    }

    /** How old the latest quote is at {@code now} (a quote from the future counts as age zero). */
    public Optional<Duration> quoteAge() {
        return quote.map(q -> {
            Duration age = Duration.between(q.asOf(), now);
            return age.isNegative() ? Duration.ZERO : age;
        });
    }

    /** Cash reserved by open buy orders: the sum of their remaining quantity x reference price. */
    public Money reservedCash() {
        return openOrders.stream().map(Reservation::reservedCash).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Buying power left for a new buy: snapshot cash, plus the cash effect of fills not in the snapshot yet,
     * minus what open buy orders reserve. Empty when no snapshot was seen.
     */
    public Optional<Money> availableBuyingPower() {
        return account.map(a -> a.cash().plus(unappliedFills.cashEffect()).minus(reservedCash()));
    }

    /**
     * Position that a new sell may use: the snapshot position plus unapplied fills minus what open sell orders
     * of the same symbol still hold. Empty when no snapshot was seen.
     */
    public Optional<Quantity> availablePosition() {
        return account.map(a -> {
            Quantity openSells = openOrders.stream()
                    .filter(r -> r.side() == Side.SELL && r.symbol().equals(order.symbol()))
                    .map(Reservation::remaining)
                    .reduce(Quantity.ZERO, Quantity::plus);
            return a.position(order.symbol()).plus(unappliedFills.position(order.symbol())).minus(openSells);
        });
    }
}
