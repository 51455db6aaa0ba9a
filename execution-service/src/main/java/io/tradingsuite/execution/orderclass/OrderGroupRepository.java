package io.tradingsuite.execution.orderclass;

import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.orderclass.LegRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The group columns of {@code orders} ({@code order_class}, {@code group_id}, {@code leg_role}, migration V6). A
 * group's primary has {@code group_id} = its own id and no role; its legs have the primary's id and a role.
 */
@Repository
public class OrderGroupRepository {

    private final JdbcClient jdbc;

    public OrderGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How an order belongs to a group: its class, its group (the primary's id) and its role (null: the primary). */
    public record GroupLink(OrderId orderId, OrderClass orderClass, OrderId groupId, LegRole role) {

        public boolean isPrimary() {
            return role == null;
        }
    }

    /** Marks an inserted order as a member of {@code groupId} ({@code role} null for the primary). */
    public void mark(OrderId order, OrderClass orderClass, OrderId groupId, LegRole role) {
        jdbc.sql("update orders set order_class = :class, group_id = :group, leg_role = :role where id = :id")
                .param("class", orderClass.wire()).param("group", groupId.value())
                .param("role", role == null ? null : role.wire()).param("id", order.value()).update();
    }

    /** The group link of an order; empty for a simple order. */
    public Optional<GroupLink> linkOf(OrderId order) {
        return jdbc.sql("select id, order_class, group_id, leg_role from orders where id = :id and group_id is not null")
                .param("id", order.value()).query(OrderGroupRepository::map).optional();
    }

    /** The members of a group, primary included, oldest first then by id. */
    public List<GroupLink> members(OrderId groupId) {
        return jdbc.sql("select id, order_class, group_id, leg_role from orders where group_id = :group"
                        + " order by created_at, id")
                .param("group", groupId.value()).query(OrderGroupRepository::map).list();
    }

    /** The group links of orders (absent for simple orders). */
    public Map<OrderId, GroupLink> links(Collection<OrderId> ids) {
        Map<OrderId, GroupLink> links = new HashMap<>();
        if (ids.isEmpty()) {
            return links;
        }
        jdbc.sql("select id, order_class, group_id, leg_role from orders where id in (:ids) and group_id is not null")
                .param("ids", ids.stream().map(OrderId::value).toList())
                .query(OrderGroupRepository::map).list().forEach(l -> links.put(l.orderId(), l));
        return links;
    }

    /** The legs (members other than the primary) of the given groups, by group, in role order. */
    public Map<OrderId, List<OrderId>> legsOf(Collection<OrderId> groupIds) {
        Map<OrderId, List<OrderId>> legs = new HashMap<>();
        if (groupIds.isEmpty()) {
            return legs;
        }
        jdbc.sql("select id, order_class, group_id, leg_role from orders where group_id in (:ids)"
                        + " and leg_role is not null order by leg_role desc, id")
                .param("ids", groupIds.stream().map(OrderId::value).toList())
                .query(OrderGroupRepository::map).list()
                .forEach(l -> legs.computeIfAbsent(l.groupId(), g -> new java.util.ArrayList<>()).add(l.orderId()));
        return legs;
    }

    private static GroupLink map(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("leg_role");
        return new GroupLink(OrderId.of(rs.getString("id")), OrderClass.fromWire(rs.getString("order_class")),
                OrderId.of(rs.getString("group_id")), role == null ? null : LegRole.fromWire(role));
    }
}
