package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.OrderTicket;
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
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderSnapshot;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.venue.VenueFill;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code orders} and {@code fills} tables. Methods that lock ({@code ...ForUpdate}) must run in a transaction. */
@Repository
public class OrderRepository {

    private static final String COLUMNS = "id, account_id, client_order_id, correlation_id, symbol, side, order_type,"
            + " time_in_force, qty, limit_price, stop_price, source, bot_id, status, filled_qty, filled_notional,"
            + " fill_count, reason_code, reason_detail, created_at, updated_at, submitted_at, filled_at, replaces, replaced_by,"
            + " stop_triggered_at, trail_price, trail_percent, trail_watermark";
    /** Statuses in which the venue holds the order (it can fill). */
    static final List<String> WORKING = List.of("new", "partially_filled", "pending_cancel", "pending_replace");
    /** Statuses in which the venue holds the order: working, or done for the day (it works again next session). */
    static final List<String> AT_VENUE = List.of("new", "partially_filled", "pending_cancel", "pending_replace",
            "done_for_day");
    /** Statuses that are not terminal. */
    static final List<String> OPEN = List.of("held", "pending_new", "new", "partially_filled", "pending_cancel",
            "pending_replace", "done_for_day");

    private final JdbcClient jdbc;

    public OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new order; throws {@link org.springframework.dao.DuplicateKeyException} if the client order id is taken. */
    public void insert(Order order, UUID requestId) {
        OrderSnapshot s = order.snapshot();
        OrderTicket t = s.ticket();
        jdbc.sql("insert into orders (" + COLUMNS + ", request_id) values (:id, :account, :clientOrderId, :correlationId,"
                        + " :symbol, :side, :type, :tif, :qty, :limitPrice, :stopPrice, :source, :botId, :status, :filledQty,"
                        + " :filledNotional, :fillCount, :reasonCode, :reasonDetail, :createdAt, :updatedAt, :submittedAt,"
                        + " :filledAt, :replaces, :replacedBy, :stopTriggeredAt, :trailPrice, :trailPercent, :trailWatermark,"
                        + " :requestId)")
                .param("id", s.id().value())
                .param("account", s.accountId().value())
                .param("clientOrderId", t.clientOrderId().value())
                .param("correlationId", s.correlationId())
                .param("symbol", t.symbol().value())
                .param("side", t.side().wire())
                .param("type", t.type().wire())
                .param("tif", t.timeInForce().wire())
                .param("qty", t.quantity().value())
                .param("limitPrice", t.limitPrice() == null ? null : t.limitPrice().value())
                .param("stopPrice", t.stopPrice() == null ? null : t.stopPrice().value())
                .param("source", t.source().wire())
                .param("botId", t.botId() == null ? null : t.botId().value())
                .param("trailPrice", t.trailPrice() == null ? null : t.trailPrice().value())
                .param("trailPercent", t.trailPercent())
                .param("requestId", requestId == null ? null : requestId.toString())
                .params(stateParams(s))
                .update();
    }

    /** Records the request id of the {@code OrderRequested} that asked risk about a released leg. */
    public void setRequestId(OrderId id, UUID requestId) {
        jdbc.sql("update orders set request_id = :requestId where id = :id")
                .param("requestId", requestId.toString()).param("id", id.value()).update();
    }

    /** Writes the mutable state of an order (status, quantity — only a contingent leg's changes —, fills, reasons, timestamps). */
    public void update(Order order) {
        OrderSnapshot s = order.snapshot();
        jdbc.sql("update orders set status = :status, qty = :qty, filled_qty = :filledQty, filled_notional = :filledNotional,"
                        + " fill_count = :fillCount, reason_code = :reasonCode, reason_detail = :reasonDetail,"
                        + " updated_at = :updatedAt, submitted_at = :submittedAt, filled_at = :filledAt,"
                        + " replaced_by = :replacedBy, stop_triggered_at = :stopTriggeredAt,"
                        + " trail_watermark = :trailWatermark where id = :id")
                .param("id", s.id().value())
                .params(stateParams(s))
                .update();
    }

    private static java.util.Map<String, Object> stateParams(OrderSnapshot s) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("status", s.status().wire());
        p.put("qty", s.ticket().quantity().value());
        p.put("filledQty", s.filledQuantity().value());
        p.put("filledNotional", s.filledNotional().value());
        p.put("fillCount", s.fillCount());
        p.put("reasonCode", s.reasonCode());
        p.put("reasonDetail", s.reasonDetail());
        p.put("createdAt", timestamp(s.createdAt()));
        p.put("updatedAt", timestamp(s.updatedAt()));
        p.put("submittedAt", timestamp(s.submittedAt()));
        p.put("filledAt", timestamp(s.filledAt()));
        p.put("replaces", s.replaces() == null ? null : s.replaces().value());
        p.put("replacedBy", s.replacedBy() == null ? null : s.replacedBy().value());
        p.put("stopTriggeredAt", timestamp(s.stopTriggeredAt()));
        p.put("trailWatermark", s.trailWatermark() == null ? null : s.trailWatermark().value());
        return p;
    }

    public Optional<Order> find(AccountId account, OrderId id) {
        return jdbc.sql("select " + COLUMNS + " from orders where id = :id and account_id = :account")
                .param("id", id.value())
                .param("account", account.value())
                .query(OrderRepository::map)
                .optional();
    }

    /** The account's orders with the given ids. */
    public List<Order> findAll(AccountId account, Collection<OrderId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from orders where id in (:ids) and account_id = :account")
                .param("ids", ids.stream().map(OrderId::value).toList())
                .param("account", account.value())
                .query(OrderRepository::map)
                .list();
    }

    public Optional<Order> findByClientOrderId(AccountId account, ClientOrderId clientOrderId) {
        return jdbc.sql("select " + COLUMNS + " from orders where account_id = :account and client_order_id = :coid")
                .param("account", account.value())
                .param("coid", clientOrderId.value())
                .query(OrderRepository::map)
                .optional();
    }

    /** Loads and row-locks an order by client order id (serialises concurrent decisions and fills). */
    public Optional<Order> lockByClientOrderId(AccountId account, ClientOrderId clientOrderId) {
        return jdbc.sql("select " + COLUMNS + " from orders where account_id = :account and client_order_id = :coid for update")
                .param("account", account.value())
                .param("coid", clientOrderId.value())
                .query(OrderRepository::map)
                .optional();
    }

    /** Loads and row-locks an order by id. */
    public Optional<Order> lock(OrderId id) {
        return jdbc.sql("select " + COLUMNS + " from orders where id = :id for update")
                .param("id", id.value())
                .query(OrderRepository::map)
                .optional();
    }

    /** The caller's orders with one of the statuses, newest first. */
    public List<Order> list(AccountId account, Collection<OrderStatus> statuses, int limit) {
        return jdbc.sql("select " + COLUMNS + " from orders where account_id = :account and status in (:statuses)"
                        + " order by created_at desc, id desc limit :limit")
                .param("account", account.value())
                .param("statuses", statuses.stream().map(OrderStatus::wire).toList())
                .param("limit", limit)
                .query(OrderRepository::map)
                .list();
    }

    /** Ids of the orders the venue works on a symbol (see {@link #WORKING}), oldest first; never algorithm parents. */
    /** A working order's id and symbol. */
    public record WorkingOrder(OrderId id, Symbol symbol) {
    }

    /** Working (non-algorithm) orders of one time in force, oldest first. */
    public List<WorkingOrder> workingOrders(TimeInForce tif) {
        return jdbc.sql("select id, symbol from orders where time_in_force = :tif and status in (:statuses)"
                        + " and algo_type is null order by created_at, id")
                .param("tif", tif.wire())
                .param("statuses", WORKING)
                .query((rs, n) -> new WorkingOrder(OrderId.of(rs.getString("id")), Symbol.of(rs.getString("symbol"))))
                .list();
    }

    /**
     * Ids of the (non-algorithm) orders of one time in force in one of the statuses, oldest first: the session
     * sweep's resting {@code gtc} orders at the close and {@code done_for_day} orders at the open.
     */
    public List<OrderId> orderIds(TimeInForce tif, Collection<OrderStatus> statuses) {
        return jdbc.sql("select id from orders where time_in_force = :tif and status in (:statuses)"
                        + " and algo_type is null order by created_at, id")
                .param("tif", tif.wire())
                .param("statuses", statuses.stream().map(OrderStatus::wire).toList())
                .query((rs, n) -> OrderId.of(rs.getString(1)))
                .list();
    }

    /**
     * The working (non-algorithm) orders of a symbol, oldest first: the paper venue asks on every quote. Written as
     * {@code (symbol, status) in ((s, 'new'), …)} so that H2 seeks each (symbol, status) pair in the
     * {@code orders_symbol_status} index: with {@code symbol = s and status in (…)} it walked every order the symbol
     * ever had (the query was 13 % of execution's CPU samples at 50 orders/s, growing with the order history).
     */
    public List<OrderId> workingOrderIds(Symbol symbol) {
        List<Object[]> pairs = WORKING.stream().map(status -> new Object[] {symbol.value(), status}).toList();
        return jdbc.sql("select id from orders where (symbol, status) in (:pairs)"
                        + " and algo_type is null order by created_at, id")
                .param("pairs", pairs)
                .query((rs, n) -> OrderId.of(rs.getString(1)))
                .list();
    }

    /**
     * Up to {@code limit} ids of open (not terminal) orders in a kill-switch scope, oldest first: {@code global} (all
     * accounts), {@code account:<id>} or {@code bot:<id>}. Algorithm parents are left out: canceling their children
     * stops them.
     */
    public List<OrderId> openOrderIds(OrderScope scope, int limit) {
        String where = switch (scope) {
            case OrderScope.Global g -> "";
            case OrderScope.Account a -> " and account_id = :key";
            case OrderScope.Bot b -> " and bot_id = :key";
        };
        var spec = jdbc.sql("select id from orders where status in (:statuses) and algo_type is null" + where
                        + " order by created_at, id limit :limit")
                .param("statuses", OPEN)
                .param("limit", limit);
        spec = switch (scope) {
            case OrderScope.Global g -> spec;
            case OrderScope.Account a -> spec.param("key", a.accountId().value());
            case OrderScope.Bot b -> spec.param("key", b.botId().value());
        };
        return spec.query((rs, n) -> OrderId.of(rs.getString(1))).list();
    }

    /** Sets when a day order expires (null: never). */
    public void setExpiry(OrderId id, Instant expiresAt) {
        jdbc.sql("update orders set expires_at = :at where id = :id")
                .param("at", timestamp(expiresAt))
                .param("id", id.value())
                .update();
    }

    /**
     * Up to {@code limit} ids of orders at the venue (working or done for the day) whose expiry is at or before
     * {@code now}, oldest expiry first.
     */
    public List<OrderId> dueForExpiry(Instant now, int limit) {
        return jdbc.sql("select id from orders where status in (:statuses) and expires_at is not null"
                        + " and expires_at <= :now order by expires_at, id limit :limit")
                .param("statuses", AT_VENUE)
                .param("now", timestamp(now))
                .param("limit", limit)
                .query((rs, n) -> OrderId.of(rs.getString(1)))
                .list();
    }

    /** The expiry of an order, if it has one. */
    public Optional<Instant> expiry(OrderId id) {
        return jdbc.sql("select expires_at from orders where id = :id")
                .param("id", id.value())
                .query((rs, n) -> Optional.ofNullable(instant(rs, "expires_at")))
                .optional().flatMap(o -> o);
    }

    /** The caller's orders matching a search (Alpaca's list filters). */
    public List<Order> search(AccountId account, OrderSearch search) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from orders where account_id = :account"
                + " and status in (:statuses)");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("account", account.value());
        params.put("statuses", search.statuses().stream().map(OrderStatus::wire).toList());
        if (!search.symbols().isEmpty()) {
            sql.append(" and symbol in (:symbols)");
            params.put("symbols", search.symbols().stream().map(Symbol::value).toList());
        }
        if (search.side() != null) {
            sql.append(" and side = :side");
            params.put("side", search.side().wire());
        }
        if (search.botId() != null) {
            sql.append(" and bot_id = :botId");
            params.put("botId", search.botId().value());
        }
        if (search.after() != null) {
            sql.append(" and created_at > :after");
            params.put("after", timestamp(search.after()));
        }
        if (search.until() != null) {
            sql.append(" and created_at <= :until");
            params.put("until", timestamp(search.until()));
        }
        String direction = search.ascending() ? "asc" : "desc";
        sql.append(" order by created_at ").append(direction).append(", id ").append(direction).append(" limit :limit");
        params.put("limit", search.limit());
        return jdbc.sql(sql.toString()).params(params).query(OrderRepository::map).list();
    }

    /** Records a fill of the named venue; false when the trade id is already recorded (a replay). */
    public boolean insertFill(Order order, VenueFill fill, String venue) {
        OrderTicket t = order.ticket();
        return jdbc.sql("insert into fills (trade_id, order_id, account_id, sequence_no, symbol, side, qty, price,"
                        + " quote_price, venue, executed_at) values (:tradeId, :orderId, :account, :seq, :symbol, :side,"
                        + " :qty, :price, :quotePrice, :venue, :at) on conflict do nothing")
                .param("tradeId", fill.tradeId().value())
                .param("orderId", order.id().value())
                .param("account", order.accountId().value())
                .param("seq", fill.sequence())
                .param("symbol", t.symbol().value())
                .param("side", t.side().wire())
                .param("qty", fill.quantity().value())
                .param("price", fill.price().value())
                .param("quotePrice", fill.quotePrice().value())
                .param("venue", venue)
                .param("at", timestamp(fill.at()))
                .update() == 1;
    }

    /** Net filled quantity per symbol (buys positive, sells negative) over the fills of one venue. */
    public java.util.Map<Symbol, Quantity> netFilledQuantities(String venue) {
        java.util.Map<Symbol, Quantity> net = new java.util.TreeMap<>();
        jdbc.sql("select symbol, sum(case when side = 'buy' then qty else -qty end) from fills where venue = :venue"
                        + " group by symbol")
                .param("venue", venue)
                .query((rs, n) -> net.put(Symbol.of(rs.getString(1)), Quantity.of(rs.getBigDecimal(2))))
                .list();
        return net;
    }

    /** True when a fill with this trade id is recorded. */
    public boolean fillExists(io.tradingsuite.common.types.TradeId tradeId) {
        return jdbc.sql("select count(*) from fills where trade_id = :id").param("id", tradeId.value())
                .query(Long.class).single() > 0;
    }

    public long countFills(OrderId id) {
        return jdbc.sql("select count(*) from fills where order_id = :id").param("id", id.value())
                .query(Long.class).single();
    }

    private static Order map(ResultSet rs, int row) throws SQLException {
        OrderTicket ticket = new OrderTicket(
                ClientOrderId.of(rs.getString("client_order_id")),
                Symbol.of(rs.getString("symbol")),
                Side.fromWire(rs.getString("side")),
                OrderType.fromWire(rs.getString("order_type")),
                TimeInForce.fromWire(rs.getString("time_in_force")),
                Quantity.of(rs.getBigDecimal("qty")),
                price(rs.getBigDecimal("limit_price")),
                price(rs.getBigDecimal("stop_price")),
                OrderSource.fromWire(rs.getString("source")),
                rs.getString("bot_id") == null ? null : BotId.of(rs.getString("bot_id")),
                price(rs.getBigDecimal("trail_price")),
                rs.getBigDecimal("trail_percent") == null ? null : rs.getBigDecimal("trail_percent").stripTrailingZeros());
        return Order.restore(new OrderSnapshot(
                OrderId.of(rs.getString("id")),
                AccountId.of(rs.getString("account_id")),
                ticket,
                rs.getString("correlation_id"),
                OrderStatus.fromWire(rs.getString("status")),
                Quantity.of(rs.getBigDecimal("filled_qty")),
                Money.of(rs.getBigDecimal("filled_notional")),
                rs.getInt("fill_count"),
                rs.getString("reason_code"),
                rs.getString("reason_detail"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "submitted_at"),
                instant(rs, "filled_at"),
                orderId(rs.getString("replaces")),
                orderId(rs.getString("replaced_by")),
                instant(rs, "stop_triggered_at"),
                price(rs.getBigDecimal("trail_watermark"))));
    }

    private static OrderId orderId(String value) {
        return value == null ? null : OrderId.of(value);
    }

    private static Price price(BigDecimal value) {
        return value == null ? null : Price.of(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
