package io.tradingsuite.risk.decision;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.risk.RecentOrder;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code decisions}: every decision, append-only. */
@Repository
public class DecisionRepository {

    private final JdbcClient jdbc;

    public DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of a decision to store; the ticket is stored as requested. */
    public record NewDecision(UUID decisionEventId, UUID requestId, AccountId accountId, OrderTicket order,
            Price referencePrice, Outcome outcome, String policy, String reasonCode, String detail,
            long limitsVersion, Instant decidedAt, String correlationId) {
    }

    public void insert(NewDecision d) {
        OrderTicket o = d.order();
        jdbc.sql("insert into decisions (decision_event_id, request_id, account_id, client_order_id, bot_id, source,"
                        + " symbol, side, quantity, order_type, time_in_force, limit_price, stop_price, reference_price,"
                        + " outcome, policy, reason_code, detail, limits_version, decided_at, correlation_id)"
                        + " values (:eid, :rid, :a, :c, :bot, :src, :s, :side, :q, :type, :tif, :lp, :sp, :rp,"
                        + " :outcome, :policy, :reason, :detail, :lv, :at, :corr)")
                .param("eid", d.decisionEventId().toString())
                .param("rid", d.requestId().toString())
                .param("a", d.accountId().value())
                .param("c", o.clientOrderId().value())
                .param("bot", o.botId() == null ? null : o.botId().value())
                .param("src", o.source().wire())
                .param("s", o.symbol().value())
                .param("side", o.side().wire())
                .param("q", o.quantity().value())
                .param("type", o.type().wire())
                .param("tif", o.timeInForce().wire())
                .param("lp", decimal(o.limitPrice()))
                .param("sp", decimal(o.stopPrice()))
                .param("rp", decimal(d.referencePrice()))
                .param("outcome", d.outcome().wire())
                .param("policy", d.policy())
                .param("reason", d.reasonCode())
                .param("detail", abbreviate(d.detail()))
                .param("lv", d.limitsVersion())
                .param("at", Timestamp.from(d.decidedAt()))
                .param("corr", d.correlationId())
                .update();
    }

    /** True when the account already has a decision for this client order id. */
    public boolean exists(AccountId accountId, ClientOrderId clientOrderId) {
        return jdbc.sql("select count(*) from decisions where account_id = :a and client_order_id = :c")
                .param("a", accountId.value()).param("c", clientOrderId.value())
                .query(Long.class).single() > 0;
    }

    /**
     * The account's orders approved after {@code since} (exclusive), oldest first: the input of the throttle and
     * duplicate-order policies.
     */
    public List<RecentOrder> approvedSince(AccountId accountId, Instant since) {
        return jdbc.sql("select * from decisions where account_id = :a and outcome = :o and decided_at > :since"
                        + " order by decided_at, id")
                .param("a", accountId.value()).param("o", Outcome.APPROVED.wire()).param("since", Timestamp.from(since))
                .query(DecisionRepository::map)
                .list().stream()
                .map(d -> new RecentOrder(new OrderTicket(d.clientOrderId(), d.symbol(), d.side(), d.orderType(),
                        d.timeInForce(), d.quantity(), d.limitPrice(), d.stopPrice(), d.source(), d.botId()),
                        d.decidedAt()))
                .toList();
    }

    /** Decisions matching the query, newest first. */
    public List<Decision> find(DecisionQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.accountId() != null) {
            where.add("account_id = :a");
            params.put("a", query.accountId().value());
        }
        if (query.outcome() != null) {
            where.add("outcome = :outcome");
            params.put("outcome", query.outcome().wire());
        }
        if (query.reasonCode() != null) {
            where.add("reason_code = :reason");
            params.put("reason", query.reasonCode());
        }
        if (query.symbol() != null) {
            where.add("symbol = :s");
            params.put("s", query.symbol().value());
        }
        if (query.botId() != null) {
            where.add("bot_id = :bot");
            params.put("bot", query.botId().value());
        }
        String sql = "select * from decisions" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by decided_at desc, id desc limit " + query.limit();
        return jdbc.sql(sql).params(params).query(DecisionRepository::map).list();
    }

    private static Decision map(ResultSet rs, int row) throws SQLException {
        String bot = rs.getString("bot_id");
        return new Decision(
                rs.getLong("id"),
                UUID.fromString(rs.getString("decision_event_id")),
                UUID.fromString(rs.getString("request_id")),
                AccountId.of(rs.getString("account_id")),
                ClientOrderId.of(rs.getString("client_order_id")),
                bot == null ? null : BotId.of(bot),
                OrderSource.fromWire(rs.getString("source")),
                Symbol.of(rs.getString("symbol")),
                Side.fromWire(rs.getString("side")),
                Quantity.of(rs.getBigDecimal("quantity")),
                OrderType.fromWire(rs.getString("order_type")),
                TimeInForce.fromWire(rs.getString("time_in_force")),
                price(rs.getBigDecimal("limit_price")),
                price(rs.getBigDecimal("stop_price")),
                price(rs.getBigDecimal("reference_price")),
                Outcome.fromWire(rs.getString("outcome")),
                rs.getString("policy"),
                rs.getString("reason_code"),
                rs.getString("detail"),
                rs.getLong("limits_version"),
                rs.getTimestamp("decided_at").toInstant(),
                rs.getString("correlation_id"));
    }

    private static BigDecimal decimal(Price price) {
        return price == null ? null : price.value();
    }

    private static Price price(BigDecimal value) {
        return value == null ? null : Price.of(value);
    }

    private static String abbreviate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
