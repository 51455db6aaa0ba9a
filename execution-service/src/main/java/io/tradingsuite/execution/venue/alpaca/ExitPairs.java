package io.tradingsuite.execution.venue.alpaca;

import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.orderclass.LegRole;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.orderclass.OrderGroupRepository;
import io.tradingsuite.execution.orderclass.OrderGroupRepository.GroupLink;
import java.util.Optional;

/**
 * The two exits that Alpaca must hold as one {@code oco} order: a bracket's take-profit and stop-loss legs, or an
 * oco's primary (its take-profit) and its stop-loss leg. An oto has one exit and a simple order none. A replaced exit
 * is represented by its replacement (the latest order of its role that is not {@code replaced}).
 */
final class ExitPairs {

    private final OrderRepository orders;
    private final OrderGroupRepository groups;

    ExitPairs(OrderRepository orders, OrderGroupRepository groups) {
        this.orders = orders;
        this.groups = groups;
    }

    /** The exit role of a group member that is one of a pair of exits; empty otherwise. */
    static Optional<LegRole> pairedRole(GroupLink link) {
        if (link.orderClass() == OrderClass.OCO) {
            return Optional.of(link.isPrimary() ? LegRole.TAKE_PROFIT : link.role());
        }
        if (link.orderClass() == OrderClass.BRACKET && !link.isPrimary()) {
            return Optional.of(link.role());
        }
        return Optional.empty();
    }

    /** The role of {@code order} in a pair of exits; empty when it is not one. */
    Optional<LegRole> roleOf(Order order) {
        return groups.linkOf(order.id()).flatMap(ExitPairs::pairedRole);
    }

    /** The other exit of the pair {@code order} belongs to, as it stands now; empty when it is not in a pair. */
    Optional<Order> otherExit(Order order) {
        GroupLink link = groups.linkOf(order.id()).orElse(null);
        Optional<LegRole> role = link == null ? Optional.empty() : pairedRole(link);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        LegRole wanted = role.get() == LegRole.TAKE_PROFIT ? LegRole.STOP_LOSS : LegRole.TAKE_PROFIT;
        Order found = null;
        for (GroupLink member : groups.members(link.groupId())) {
            if (pairedRole(member).equals(Optional.of(wanted))) {
                Order candidate = orders.find(order.accountId(), member.orderId()).orElse(null);
                if (candidate != null && candidate.status() != OrderStatus.REPLACED) {
                    found = candidate;
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
