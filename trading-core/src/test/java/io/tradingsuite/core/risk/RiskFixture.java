package io.tradingsuite.core.risk;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.core.venue.MarketClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tiny DSL for risk scenarios: an account, a quote, open orders and one ticket to decide. */
final class RiskFixture {

    static final Instant NOW = Instant.parse("2025-03-03T15:00:00Z");
    static final AccountId ACCOUNT = AccountId.of("acc-1");
    static final Symbol AAPL = Symbol.of("AAPL");
    static final Symbol HTZ = Symbol.of("HTZ");
    static final Symbol HALTED = Symbol.of("HALT");

    private final Map<Symbol, Asset> assets = new HashMap<>();
    private final List<Reservation> openOrders = new ArrayList<>();
    private Optional<ReferenceQuote> quote = Optional.empty();
    private Optional<AccountState> account = Optional.empty();
    private Map<Symbol, Quantity> positions = Map.of();
    private UnappliedFills unapplied = UnappliedFills.NONE;
    private RiskLimits limits = RiskLimits.defaults();
    private final Map<Symbol, Price> marks = new HashMap<>();
    private EquityMarks equity;
    private final Map<RiskScope, TradingState> states = new HashMap<>();
    private final List<RecentOrder> recent = new ArrayList<>();
    private BotId bot;
    private int orderCounter;
    private Instant now = NOW;
    private MarketClock market = MarketClock.alwaysOpen();
    private Quantity locate = Quantity.ZERO;
    private Quantity covered = Quantity.ZERO;

    private RiskFixture() {
        assets.put(AAPL, asset(AAPL, true, true, true));
        assets.put(HTZ, asset(HTZ, true, false, false));
        assets.put(HALTED, asset(HALTED, false, true, true));
    }

    static RiskFixture scenario() {
        return new RiskFixture();
    }

    static Asset asset(Symbol symbol, boolean tradable, boolean shortable, boolean fractionable) {
        return new Asset(symbol, symbol.value() + " Inc.", "us_equity", "NASDAQ", tradable, shortable, fractionable,
                Quantity.of(1), Price.of("0.01"));
    }

    RiskFixture quote(String bid, String ask) {
        return quote(bid, ask, Duration.ofSeconds(1));
    }

    RiskFixture quote(String bid, String ask, Duration age) {
        quote = Optional.of(new ReferenceQuote(AAPL, Price.of(bid), Price.of(ask), now.minus(age)));
        return this;
    }

    RiskFixture noQuote() {
        quote = Optional.empty();
        return this;
    }

    RiskFixture cash(String cash) {
        return cash(cash, 0);
    }

    RiskFixture cash(String cash, long fillsApplied) {
        account = Optional.of(state(Money.of(cash), fillsApplied));
        return this;
    }

    private AccountState state(Money cash, long fillsApplied) {
        EquityMarks marksOrCash = equity != null ? equity : EquityMarks.start(NOW.atZone(ZoneOffset.UTC).toLocalDate(), cash);
        return new AccountState(ACCOUNT, cash, fillsApplied, positions, marks, marksOrCash);
    }

    RiskFixture position(Symbol symbol, long quantity) {
        Map<Symbol, Quantity> merged = new HashMap<>(positions);
        merged.put(symbol, Quantity.of(quantity));
        positions = merged;
        account = account.map(a -> state(a.cash(), a.fillsApplied()));
        return this;
    }

    /** A position with its snapshot mark price. */
    RiskFixture position(Symbol symbol, long quantity, String mark) {
        marks.put(symbol, Price.of(mark));
        return position(symbol, quantity);
    }

    /** The account's equity marks: start-of-day equity, high-water mark and current equity. */
    RiskFixture equity(String dayStart, String highWaterMark, String current) {
        equity = new EquityMarks(NOW.atZone(ZoneOffset.UTC).toLocalDate(), Money.of(dayStart), Money.of(highWaterMark),
                Money.of(current));
        account = account.map(a -> state(a.cash(), a.fillsApplied()));
        return this;
    }

    RiskFixture state(RiskScope scope, TradingState state) {
        states.put(scope, state);
        return this;
    }

    RiskFixture bot(String botId) {
        bot = BotId.of(botId);
        return this;
    }

    /** An order of these terms approved {@code ago} before now. */
    RiskFixture approved(OrderTicket ticket, Duration ago) {
        recent.add(new RecentOrder(ticket, now.minus(ago)));
        return this;
    }

    RiskFixture unappliedFill(Side side, Symbol symbol, long quantity, String price) {
        Quantity qty = Quantity.of(quantity);
        unapplied = unapplied.plus(side, symbol, qty, Price.of(price).times(qty));
        return this;
    }

    RiskFixture openOrder(Side side, Symbol symbol, long remaining, String referencePrice) {
        openOrders.add(new Reservation(ClientOrderId.of("open-" + openOrders.size()), side, symbol,
                Quantity.of(remaining), Price.of(referencePrice)));
        return this;
    }

    /** Decide at this instant (set it before the quote: quote ages count from it). */
    RiskFixture at(String instant) {
        now = Instant.parse(instant);
        return this;
    }

    RiskFixture market(MarketClock market) {
        this.market = market;
        return this;
    }

    /** Shares of the order's symbol located for short sales and not used yet. */
    RiskFixture located(long quantity) {
        locate = Quantity.of(quantity);
        return this;
    }

    /**
     * The part of the next orders' quantity an order they take the place of already commits (a paired exit's
     * reservation, left out of the open orders by that much).
     */
    RiskFixture covered(long quantity) {
        covered = Quantity.of(quantity);
        return this;
    }

    /** Adds or replaces an asset master entry. */
    RiskFixture asset(Asset asset) {
        assets.put(asset.symbol(), asset);
        return this;
    }

    RiskFixture limits(RiskLimits limits) {
        this.limits = limits;
        return this;
    }

    RiskVerdict buyMarket(Symbol symbol, String quantity) {
        return decide(ticket(symbol, Side.BUY, OrderType.MARKET, quantity, null));
    }

    RiskVerdict sellMarket(Symbol symbol, String quantity) {
        return decide(ticket(symbol, Side.SELL, OrderType.MARKET, quantity, null));
    }

    RiskVerdict buyLimit(Symbol symbol, String quantity, String limit) {
        return decide(ticket(symbol, Side.BUY, OrderType.LIMIT, quantity, limit));
    }

    RiskVerdict sellLimit(Symbol symbol, String quantity, String limit) {
        return decide(ticket(symbol, Side.SELL, OrderType.LIMIT, quantity, limit));
    }

    RiskVerdict decide(OrderTicket ticket) {
        return RiskPolicies.evaluate(context(ticket));
    }

    /** The context the authority builds for the ticket (the same one {@link #decide} evaluates). */
    RiskContext context(OrderTicket ticket) {
        RiskAuthority authority = new RiskAuthority(symbol -> Optional.ofNullable(assets.get(symbol)),
                Clock.fixed(now, ZoneOffset.UTC), market);
        Optional<ReferenceQuote> symbolQuote = quote.map(q -> new ReferenceQuote(ticket.symbol(), q.bid(), q.ask(),
                q.asOf()));
        return authority.context(ticket, symbolQuote, account, unapplied, openOrders, limits,
                EffectiveTradingState.of(states, ACCOUNT, ticket.botId()), recent, locate, covered);
    }

    OrderTicket ticket(Symbol symbol, Side side, OrderType type, String quantity, String limit) {
        return ticket(symbol, side, type, TimeInForce.DAY, quantity, limit);
    }

    OrderTicket ticket(Symbol symbol, Side side, OrderType type, TimeInForce tif, String quantity, String limit) {
        orderCounter++;
        return new OrderTicket(ClientOrderId.of("c-" + orderCounter), symbol, side, type, tif,
                Quantity.of(quantity), limit == null ? null : Price.of(limit), null,
                bot == null ? OrderSource.MANUAL : OrderSource.BOT, bot);
    }

    static RiskLimits limitsWith(String maxNotional, int collarBps, Duration maxQuoteAge) {
        RiskLimits d = RiskLimits.defaults();
        return new RiskLimits(d.minOrderQuantity(), d.maxOrderQuantity(), Money.of(maxNotional), collarBps,
                maxQuoteAge, 7);
    }
}
