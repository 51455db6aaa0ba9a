package io.tradingsuite.core.risk;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.core.venue.MarketClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the policies may look at for one order request, frozen at {@code now}, and the order's
 * {@link OrderFigures figures}: the exact amounts the policies compare against their limits, computed once when the
 * context is built, so that evaluating the chain is comparisons only (no arithmetic, no allocation on approval).
 */
public final class RiskContext {

    private final OrderTicket order;
    private final Optional<Asset> asset;
    private final Optional<ReferenceQuote> quote;
    private final Instant now;
    private final Optional<AccountState> account;
    private final UnappliedFills unappliedFills;
    private final List<Reservation> openOrders;
    private final RiskLimits limits;
    private final EffectiveTradingState tradingState;
    private final List<RecentOrder> recentOrders;
    private final MarketClock market;
    private final Quantity locate;
    private final Quantity covered;
    private final OrderFigures figures;

    /**
     * A context with every input.
     *
     * @param order          the ticket being decided
     * @param asset          the asset master entry of the ticket's symbol, empty when unknown
     * @param quote          the latest quote of the symbol, empty when none was seen
     * @param now            the decision time (from the injected clock)
     * @param account        the latest account snapshot, empty when none was seen
     * @param unappliedFills fills risk has seen that the snapshot does not include yet
     * @param openOrders     reservations of the account's approved, not yet terminal orders
     * @param limits         the limits in force
     * @param tradingState   the most restrictive trading state of the order's scopes
     * @param recentOrders   the account's orders approved within the longest look-back window (throttle, duplicates)
     * @param market         the market calendar (regular sessions) the order's time in force is checked against
     * @param locate         the quantity of the order's symbol the account has located for short sales and not yet used
     * @param covered        the part of the order's quantity that an approved order it takes the place of already
     *                       commits (a paired exit's or a replaced original's reservation, left out of
     *                       {@code openOrders} by that much): the order adds only the rest to the position, so the
     *                       limits that stop a position from growing (per-symbol position, concentration, gross and
     *                       net exposure) measure "before" with it. Zero for any other order; at most the quantity
     */
    public RiskContext(
            OrderTicket order,
            Optional<Asset> asset,
            Optional<ReferenceQuote> quote,
            Instant now,
            Optional<AccountState> account,
            UnappliedFills unappliedFills,
            List<Reservation> openOrders,
            RiskLimits limits,
            EffectiveTradingState tradingState,
            List<RecentOrder> recentOrders,
            MarketClock market,
            Quantity locate,
            Quantity covered) {
        this.market = Objects.requireNonNull(market, "market");
        this.locate = Objects.requireNonNull(locate, "locate");
        this.order = Objects.requireNonNull(order, "order");
        Objects.requireNonNull(covered, "covered");
        if (covered.isNegative() || covered.compareTo(order.quantity()) > 0) {
            throw new IllegalArgumentException("covered " + covered + " must lie between 0 and the order's quantity "
                    + order.quantity());
        }
        this.covered = covered;
        this.asset = Objects.requireNonNull(asset, "asset");
        this.quote = Objects.requireNonNull(quote, "quote");
        this.now = Objects.requireNonNull(now, "now");
        this.account = Objects.requireNonNull(account, "account");
        this.unappliedFills = Objects.requireNonNull(unappliedFills, "unappliedFills");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.tradingState = Objects.requireNonNull(tradingState, "tradingState");
        this.openOrders = openOrders == null ? List.of() : List.copyOf(openOrders);
        this.recentOrders = recentOrders == null ? List.of() : List.copyOf(recentOrders);
        this.figures = new OrderFigures(this);
    }

    public OrderTicket order() {
        return order;
    }

    public Optional<Asset> asset() {
        return asset;
    }

    public Optional<ReferenceQuote> quote() {
        return quote;
    }

    public Instant now() {
        return now;
    }

    public Optional<AccountState> account() {
        return account;
    }

    public UnappliedFills unappliedFills() {
        return unappliedFills;
    }

    public List<Reservation> openOrders() {
        return openOrders;
    }

    public RiskLimits limits() {
        return limits;
    }

    public EffectiveTradingState tradingState() {
        return tradingState;
    }

    public List<RecentOrder> recentOrders() {
        return recentOrders;
    }

    public MarketClock market() {
        return market;
    }

    public Quantity locate() {
        return locate;
    }

    /** The part of the order's quantity an order it takes the place of already commits (see the constructor). */
    public Quantity covered() {
        return covered;
    }

    /** {@link #covered()}, positive for buys and negative for sells. */
    public Quantity signedCovered() {
        return order.side() == Side.BUY ? covered : covered.negate();
    }

    /** The order's amounts, computed once with this context (see {@link OrderFigures}). */
    public OrderFigures figures() {
        return figures;
    }

    /** A context on an always-open market without locates. */
    public RiskContext(OrderTicket order, Optional<Asset> asset, Optional<ReferenceQuote> quote, Instant now,
            Optional<AccountState> account, UnappliedFills unappliedFills, List<Reservation> openOrders,
            RiskLimits limits, EffectiveTradingState tradingState, List<RecentOrder> recentOrders) {
        this(order, asset, quote, now, account, unappliedFills, openOrders, limits, tradingState, recentOrders,
                MarketClock.alwaysOpen(), Quantity.ZERO, Quantity.ZERO);
    }

    /** A context with every scope active and no recent approvals. */
    public RiskContext(OrderTicket order, Optional<Asset> asset, Optional<ReferenceQuote> quote, Instant now,
            Optional<AccountState> account, UnappliedFills unappliedFills, List<Reservation> openOrders,
            RiskLimits limits) {
        this(order, asset, quote, now, account, unappliedFills, openOrders, limits, EffectiveTradingState.ACTIVE,
                List.of());
    }

    /** The order's quantity, positive for buys and negative for sells. */
    public Quantity signedQuantity() {
        return order.side() == Side.BUY ? order.quantity() : order.quantity().negate();
    }

    /**
     * The account's position of a symbol including what is already committed: snapshot + unapplied fills + the
     * remaining quantity of open orders (buys add, sells subtract). Zero without a snapshot.
     */
    public Quantity committedPosition(Symbol symbol) {
        Quantity snapshot = account.map(a -> a.position(symbol)).orElse(Quantity.ZERO);
        Quantity open = openOrders.stream()
                .filter(r -> r.symbol().equals(symbol))
                .map(r -> r.side() == Side.BUY ? r.remaining() : r.remaining().negate())
                .reduce(Quantity.ZERO, Quantity::plus);
        return snapshot.plus(unappliedFills.position(symbol)).plus(open);
    }

    /**
     * The part of a sell that would be a short sale: the quantity beyond the {@link #availablePosition} (all of it
     * when the available position is zero or short). Zero for buys; the whole quantity without an account snapshot.
     */
    public Quantity shortSaleQuantity() {
        return figures.shortSaleQuantity();
    }

    /** {@link #committedPosition} of the order's symbol after this order fills completely. */
    public Quantity positionAfterOrder() {
        return committedPosition(order.symbol()).plus(signedQuantity());
    }

    /**
     * True when the order moves the committed position of its symbol towards zero without crossing it (a sell of
     * at most a long position, a buy of at most a short position).
     */
    public boolean reducesPosition() {
        return figures.reducesPosition();
    }

    /**
     * The price a symbol's position is valued at: the order's reference price for the order's symbol, else the
     * latest snapshot mark, else the reference price of an open order of the symbol; empty when none is known.
     */
    public Optional<Price> valuationPrice(Symbol symbol) {
        if (symbol.equals(order.symbol()) && referencePrice().isPresent()) {
            return referencePrice();
        }
        Optional<Price> mark = account.map(a -> a.marks().get(symbol));
        if (mark.isPresent()) {
            return mark;
        }
        return openOrders.stream().filter(r -> r.symbol().equals(symbol)).map(Reservation::referencePrice).findFirst();
    }

    /** Committed positions of every symbol the account holds or has open orders in, optionally with this order. */
    public Map<Symbol, Quantity> committedPositions(boolean includingOrder) {
        Set<Symbol> symbols = new TreeSet<>(Comparator.comparing(Symbol::value));
        account.ifPresent(a -> symbols.addAll(a.positions().keySet()));
        symbols.addAll(unappliedFills.positionEffect().keySet());
        openOrders.forEach(r -> symbols.add(r.symbol()));
        if (includingOrder) {
            symbols.add(order.symbol());
        }
        Map<Symbol, Quantity> positions = new LinkedHashMap<>();
        for (Symbol symbol : symbols) {
            Quantity q = committedPosition(symbol);
            if (includingOrder && symbol.equals(order.symbol())) {
                q = q.plus(signedQuantity());
            }
            positions.put(symbol, q);
        }
        return positions;
    }

    /**
     * Sum of |position x valuation price| (gross) before or after the order; unvalued positions count zero. "Before"
     * counts the {@link #covered()} part of the order as held (see {@link #exposure()}).
     */
    public Money grossExposure(boolean includingOrder) {
        Exposure exposure = exposure();
        return includingOrder ? exposure.grossAfter() : exposure.grossBefore();
    }

    /** |sum of position x valuation price| (net) before or after the order ("before" as in {@link #grossExposure}). */
    public Money netExposure(boolean includingOrder) {
        Exposure exposure = exposure();
        return includingOrder ? exposure.netAfter() : exposure.netBefore();
    }

    /**
     * Gross exposure (sum of |committed position x valuation price|) and net exposure (|sum of committed position x
     * valuation price|) before and after this order. Unvalued positions count zero. "Before" counts the
     * {@link #covered()} part of the order in its symbol's committed position, as the reservation it takes over would
     * count if it were still held in full; with nothing covered it is the committed positions as they are.
     *
     * <p>Incremental, so the cost does not grow with the number of positions: start from the snapshot's
     * {@link AccountState#markedGross() marked sums}, then for each symbol whose term may differ from its snapshot
     * term (the order's symbol, valued at the order's reference price; symbols of unapplied fills and of open
     * orders) swap the snapshot term for the committed one. The order only changes its own symbol's term, so
     * "after" is "before" with that term replaced. Exact: the same sums as a full pass, in another order
     * (with something covered: as a full pass with the taken-over reservation held in full).
     */
    public Exposure exposure() {
        return figures.exposure();
    }

    /** {@link #exposure()} computed from the inputs (called once, by {@link OrderFigures}). */
    Exposure computeExposure() {
        BigDecimal gross = account.isPresent() ? account.get().markedGross() : BigDecimal.ZERO;
        BigDecimal net = account.isPresent() ? account.get().markedNet() : BigDecimal.ZERO;
        Symbol orderSymbol = order.symbol();
        BigDecimal[] sums = {gross, net};
        swapTerm(orderSymbol, sums);
        Map<Symbol, Quantity> unapplied = unappliedFills.positionEffect();
        for (Symbol symbol : unapplied.keySet()) {
            if (!symbol.equals(orderSymbol)) {
                swapTerm(symbol, sums);
            }
        }
        for (int i = 0; i < openOrders.size(); i++) {
            Symbol symbol = openOrders.get(i).symbol();
            if (!symbol.equals(orderSymbol) && !unapplied.containsKey(symbol) && firstOpenOrderOf(symbol) == i) {
                swapTerm(symbol, sums);
            }
        }
        gross = sums[0];
        net = sums[1];
        BigDecimal price = priceOrNull(orderSymbol);
        BigDecimal grossAfter = gross;
        BigDecimal netAfter = net;
        if (price != null) {
            // "before" holds what the covered part already commits (the order it takes the place of, at full size)
            BigDecimal committed = price.multiply(committedQuantity(orderSymbol));
            BigDecimal before = committed.add(price.multiply(signedCovered().value()));
            BigDecimal after = committed.add(price.multiply(signedQuantity().value()));
            BigDecimal grossOthers = gross.subtract(committed.abs());
            BigDecimal netOthers = net.subtract(committed);
            gross = grossOthers.add(before.abs());
            net = netOthers.add(before);
            grossAfter = grossOthers.add(after.abs());
            netAfter = netOthers.add(after);
        }
        return new Exposure(Money.of(gross), Money.of(grossAfter), Money.of(net.abs()), Money.of(netAfter.abs()));
    }

    /** Replaces a symbol's snapshot term in {gross, net} by its committed term. */
    private void swapTerm(Symbol symbol, BigDecimal[] sums) {
        BigDecimal snapshot = account.isPresent() ? account.get().markedValue(symbol) : BigDecimal.ZERO;
        BigDecimal committed = committedValue(symbol);
        if (snapshot.compareTo(committed) != 0) {
            sums[0] = sums[0].subtract(snapshot.abs()).add(committed.abs());
            sums[1] = sums[1].subtract(snapshot).add(committed);
        }
    }

    /** Gross and net exposure of the account before and after the order (net as an absolute value). */
    public record Exposure(Money grossBefore, Money grossAfter, Money netBefore, Money netAfter) {
    }

    private int firstOpenOrderOf(Symbol symbol) {
        for (int i = 0; i < openOrders.size(); i++) {
            if (openOrders.get(i).symbol().equals(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /** Committed position x valuation price, zero when the symbol can't be valued. */
    private BigDecimal committedValue(Symbol symbol) {
        BigDecimal price = priceOrNull(symbol);
        return price == null ? BigDecimal.ZERO : price.multiply(committedQuantity(symbol));
    }

    /** {@link #committedPosition} as a plain decimal, without intermediate value objects. */
    private BigDecimal committedQuantity(Symbol symbol) {
        BigDecimal quantity = account.isPresent() ? account.get().position(symbol).value() : BigDecimal.ZERO;
        Quantity unapplied = unappliedFills.positionEffect().get(symbol);
        if (unapplied != null) {
            quantity = quantity.add(unapplied.value());
        }
        for (Reservation r : openOrders) {
            if (r.symbol().equals(symbol)) {
                quantity = r.side() == Side.BUY ? quantity.add(r.remaining().value())
                        : quantity.subtract(r.remaining().value());
            }
        }
        return quantity;
    }

    /** {@link #valuationPrice} as a plain decimal, null when unknown. */
    private BigDecimal priceOrNull(Symbol symbol) {
        if (symbol.equals(order.symbol())) {
            if (hasLimitPrice()) {
                return order.limitPrice().value();
            }
            if (quote.isPresent()) {
                return quote.get().touch(order.side()).value();
            }
        }
        if (account.isPresent()) {
            Price mark = account.get().marks().get(symbol);
            if (mark != null) {
                return mark.value();
            }
        }
        for (Reservation r : openOrders) {
            if (r.symbol().equals(symbol)) {
                return r.referencePrice().value();
            }
        }
        return null;
    }

    /** Position x valuation price of a symbol (zero when the symbol can't be valued). */
    public Money value(Symbol symbol, Quantity quantity) {
        return valuationPrice(symbol).map(p -> p.times(quantity)).orElse(Money.ZERO);
    }

    /** The account's latest equity, empty without a snapshot. */
    public Optional<Money> equity() {
        return account.map(a -> a.equity().equity());
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
