package io.tradingsuite.execution.algo;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.algo.AlgoParameters;
import io.tradingsuite.core.algo.AlgoType;
import io.tradingsuite.core.order.OrderStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code algo_parents} table and the parent/child links on {@code orders}. Callers that change a parent's row hold
 * the parent's {@code orders} row lock ({@code OrderRepository.lock}).
 */
@Repository
public class AlgoRepository {

    /** Statuses that are not terminal (a done_for_day child is still open: stopping its parent cancels it). */
    static final List<String> OPEN = java.util.Arrays.stream(OrderStatus.values()).filter(s -> !s.isTerminal())
            .map(OrderStatus::wire).toList();
    private static final String COLUMNS = "order_id, algo_type, duration, slices, participation, display_qty,"
            + " arrival_price, started_at, slices_done, released_qty, open_child_qty, child_count, volume_mark,"
            + " stop_reason";

    private final JdbcClient jdbc;

    public AlgoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a parent's algorithm (its order row exists already) and marks the order as a parent. */
    public void insert(AlgoParent parent) {
        jdbc.sql("update orders set algo_type = :type where id = :id")
                .param("type", parent.parameters().type().wire()).param("id", parent.orderId().value()).update();
        jdbc.sql("insert into algo_parents (" + COLUMNS + ") values (:id, :type, :duration, :slices, :participation,"
                        + " :display, :arrival, :startedAt, :slicesDone, :released, :open, :childCount, :volumeMark,"
                        + " :stopReason)")
                .params(params(parent))
                .update();
    }

    /** Writes a parent's progress. */
    public void update(AlgoParent parent) {
        jdbc.sql("update algo_parents set slices_done = :slicesDone, released_qty = :released, open_child_qty = :open,"
                        + " child_count = :childCount, volume_mark = :volumeMark, stop_reason = :stopReason"
                        + " where order_id = :id")
                .params(params(parent))
                .update();
    }

    /** Links a child order to its parent. */
    public void markChild(OrderId child, OrderId parent) {
        jdbc.sql("update orders set parent_order_id = :parent where id = :id")
                .param("parent", parent.value()).param("id", child.value()).update();
    }

    public Optional<AlgoParent> find(OrderId parent) {
        return jdbc.sql("select " + COLUMNS + " from algo_parents where order_id = :id")
                .param("id", parent.value()).query(AlgoRepository::map).optional();
    }

    /** The parent of a child order; empty for any other order. */
    public Optional<OrderId> parentOf(OrderId child) {
        return jdbc.sql("select parent_order_id from orders where id = :id and parent_order_id is not null")
                .param("id", child.value()).query((rs, n) -> OrderId.of(rs.getString(1))).optional();
    }

    /** The account of an order. */
    public Optional<io.tradingsuite.common.types.AccountId> accountOf(OrderId id) {
        return jdbc.sql("select account_id from orders where id = :id").param("id", id.value())
                .query((rs, n) -> io.tradingsuite.common.types.AccountId.of(rs.getString(1))).optional();
    }

    /** True for a parent or a child order (neither can be replaced). */
    public boolean isAlgoOrder(OrderId id) {
        return jdbc.sql("select count(*) from orders where id = :id and (algo_type is not null or parent_order_id is not null)")
                .param("id", id.value()).query(Long.class).single() > 0;
    }

    public boolean isParent(OrderId id) {
        return jdbc.sql("select count(*) from orders where id = :id and algo_type is not null")
                .param("id", id.value()).query(Long.class).single() > 0;
    }

    /** Ids of parents in one of the statuses, oldest first. */
    public List<OrderId> parentIds(Collection<OrderStatus> statuses) {
        return jdbc.sql("select id from orders where algo_type is not null and status in (:statuses)"
                        + " order by created_at, id")
                .param("statuses", statuses.stream().map(OrderStatus::wire).toList())
                .query((rs, n) -> OrderId.of(rs.getString(1))).list();
    }

    /** Ids of a parent's children that are not terminal, oldest first. */
    public List<OrderId> openChildIds(OrderId parent) {
        return jdbc.sql("select id from orders where parent_order_id = :parent and status in (:statuses)"
                        + " order by created_at, id")
                .param("parent", parent.value()).param("statuses", OPEN)
                .query((rs, n) -> OrderId.of(rs.getString(1))).list();
    }

    /** The algorithm facts of orders, for the API: parent id of children, algorithm row of parents. */
    public Map<OrderId, AlgoLinks> links(Collection<OrderId> ids) {
        Map<OrderId, AlgoLinks> links = new HashMap<>();
        if (ids.isEmpty()) {
            return links;
        }
        List<String> values = ids.stream().map(OrderId::value).toList();
        jdbc.sql("select id, parent_order_id from orders where id in (:ids) and parent_order_id is not null")
                .param("ids", values)
                .query((rs, n) -> Map.entry(OrderId.of(rs.getString(1)), OrderId.of(rs.getString(2)))).list()
                .forEach(e -> links.put(e.getKey(), new AlgoLinks(e.getValue(), null)));
        jdbc.sql("select " + COLUMNS + " from algo_parents where order_id in (:ids)").param("ids", values)
                .query(AlgoRepository::map).list()
                .forEach(p -> links.put(p.orderId(), new AlgoLinks(null, p)));
        return links;
    }

    /** What the API shows about an order's algorithm: its parent (children) or its algorithm row (parents). */
    public record AlgoLinks(OrderId parentOrderId, AlgoParent parent) {
    }

    private static Map<String, Object> params(AlgoParent p) {
        AlgoParameters a = p.parameters();
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.orderId().value());
        m.put("type", a.type().wire());
        m.put("duration", a.duration() == null ? null : a.duration().toString());
        m.put("slices", a.slices());
        m.put("participation", a.participation());
        m.put("display", a.displayQuantity() == null ? null : a.displayQuantity().value());
        m.put("arrival", p.arrivalPrice() == null ? null : p.arrivalPrice().value());
        m.put("startedAt", Timestamp.from(p.startedAt()));
        m.put("slicesDone", p.slicesDone());
        m.put("released", p.releasedQuantity().value());
        m.put("open", p.openChildQuantity().value());
        m.put("childCount", p.childCount());
        m.put("volumeMark", p.volumeMark());
        m.put("stopReason", p.stopReason());
        return m;
    }

    private static AlgoParent map(ResultSet rs, int row) throws SQLException {
        String duration = rs.getString("duration");
        int slices = rs.getInt("slices");
        Integer slicesOrNull = rs.wasNull() ? null : slices;
        BigDecimal participation = rs.getBigDecimal("participation");
        BigDecimal display = rs.getBigDecimal("display_qty");
        BigDecimal arrival = rs.getBigDecimal("arrival_price");
        AlgoParameters parameters = new AlgoParameters(AlgoType.fromWire(rs.getString("algo_type")),
                duration == null ? null : Duration.parse(duration), slicesOrNull,
                participation == null ? null : participation.stripTrailingZeros(),
                display == null ? null : Quantity.of(display));
        return new AlgoParent(OrderId.of(rs.getString("order_id")), parameters,
                arrival == null ? null : Price.of(arrival), rs.getTimestamp("started_at").toInstant(),
                rs.getInt("slices_done"), Quantity.of(rs.getBigDecimal("released_qty")),
                Quantity.of(rs.getBigDecimal("open_child_qty")), rs.getInt("child_count"), rs.getLong("volume_mark"),
                rs.getString("stop_reason"));
    }
}
