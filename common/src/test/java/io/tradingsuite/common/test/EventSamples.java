package io.tradingsuite.common.test;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.AssetUpdated;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderAccepted;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.events.OrderDoneForDay;
import io.tradingsuite.common.events.OrderExpired;
import io.tradingsuite.common.events.OrderFilled;
import io.tradingsuite.common.events.OrderPartiallyFilled;
import io.tradingsuite.common.events.OrderRejected;
import io.tradingsuite.common.events.OrderReplaced;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.common.validation.Asset;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One fixed sample of every event type; the golden files under {@code contracts/} are these, serialized. */
public final class EventSamples {

    public static final Instant AT = Instant.parse("2026-03-02T14:31:00Z");
    public static final AccountId ACCOUNT = AccountId.of("demo");
    public static final Symbol AAPL = Symbol.of("AAPL");
    public static final String CORRELATION = "sig-7f3a";
    public static final OrderId ORDER = OrderId.of("ord-000042");
    public static final ClientOrderId CLIENT_ORDER = ClientOrderId.of("ma-crossover-1-sig-7f3a");
    public static final TradeId TRADE = TradeId.of("ord-000042-1");
    public static final UUID REQUEST_ID = uuid(100);

    public static final OrderTicket TICKET = new OrderTicket(CLIENT_ORDER, AAPL, Side.BUY, OrderType.LIMIT, TimeInForce.DAY,
            Quantity.of(10), Price.of("187.25"), null, OrderSource.BOT, BotId.of("ma-crossover-1"));

    private EventSamples() {
    }

    public static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    public static List<Event> all() {
        return List.of(
                new QuoteUpdated(uuid(1), AT, CORRELATION, AAPL, Price.of("187.24"), Price.of("187.26"), Quantity.of(300),
                        Quantity.of(200), Price.of("187.25"), Instant.parse("2026-03-02T14:30:59.500Z")),
                new BarClosed(uuid(2), AT, CORRELATION, AAPL, "1Min", Instant.parse("2026-03-02T14:30:00Z"), AT,
                        Price.of("187.00"), Price.of("187.40"), Price.of("186.90"), Price.of("187.25"), 125_300),
                new AssetUpdated(uuid(3), AT, CORRELATION, new Asset(AAPL, "Apple Inc.", "us_equity", "NASDAQ", true, true, true,
                        Quantity.of(1), Price.of("0.01"))),
                new OrderRequested(REQUEST_ID, AT, CORRELATION, ACCOUNT, TICKET),
                new OrderApproved(uuid(4), AT, CORRELATION, ACCOUNT, REQUEST_ID, TICKET, Price.of("187.26"), 1),
                new OrderDenied(uuid(5), AT, CORRELATION, ACCOUNT, REQUEST_ID, TICKET, "BuyingPower",
                        "RISK_INSUFFICIENT_BUYING_POWER", "needs 1872.50, available 1000.00", 1),
                new OrderAccepted(uuid(6), AT, CORRELATION, ACCOUNT, ORDER, CLIENT_ORDER, TICKET, "paper"),
                new OrderPartiallyFilled(uuid(7), AT, CORRELATION, ACCOUNT, ORDER, CLIENT_ORDER, TRADE, Quantity.of(4),
                        Quantity.of(6), Price.of("187.25")),
                new OrderFilled(uuid(8), AT, CORRELATION, ACCOUNT, ORDER, CLIENT_ORDER, TradeId.of("ord-000042-2"),
                        Quantity.of(10), Price.of("187.244")),
                new OrderCanceled(uuid(9), AT, CORRELATION, ACCOUNT, ORDER, CLIENT_ORDER, Quantity.of(4), "canceled by user"),
                new OrderRejected(uuid(10), AT, CORRELATION, ACCOUNT, ORDER, CLIENT_ORDER, "VENUE_REJECTED", "market closed"),
                new OrderExpired(uuid(11), AT, CORRELATION, ACCOUNT, ORDER, CLIENT_ORDER, Quantity.ZERO),
                new OrderReplaced(uuid(16), AT, CORRELATION, ACCOUNT, ORDER, CLIENT_ORDER, OrderId.of("ord-000043"),
                        ClientOrderId.of("my-replacement-1"), Quantity.of(4)),
                new OrderDoneForDay(uuid(17), AT, CORRELATION, ACCOUNT, ORDER, CLIENT_ORDER, Quantity.of(4)),
                new FillExecuted(uuid(12), AT, CORRELATION, ACCOUNT, TRADE, ORDER, CLIENT_ORDER, BotId.of("ma-crossover-1"), AAPL,
                        Side.BUY, Quantity.of(4), Price.of("187.25"), "paper"),
                new io.tradingsuite.common.events.RiskLimitsChanged(uuid(14), AT, CORRELATION, "global", 2,
                        java.util.Map.of("max_order_notional", "250000.00", "max_quote_age", "PT30S"), "risk-admin-1"),
                new io.tradingsuite.common.events.TradingStateChanged(uuid(15), AT, CORRELATION, "account:demo", 3,
                        io.tradingsuite.common.types.TradingState.HALTED, true, "kill switch engaged", "risk-admin-1"),
                new AccountSnapshot(uuid(13), AT, CORRELATION, ACCOUNT, 7, 3, Money.of("99250.00"), Money.of("100001.00"),
                        Money.of("99250.00"), Money.ZERO, Money.of("1.00"),
                        List.of(new AccountSnapshot.PositionSnapshot(AAPL, Quantity.of(4), Money.of("749.00"), Price.of("187.25"),
                                Price.of("187.50"), Money.of("750.00"), Money.of("1.00")))));
    }
}
