package io.tradingsuite.execution.web;

import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.venue.PaperVenue;
import io.tradingsuite.execution.algo.AlgoRepository;
import io.tradingsuite.execution.order.OrderQueries;
import io.tradingsuite.execution.orderclass.OrderGroupRepository;
import io.tradingsuite.execution.orderclass.OrderGroupRepository.GroupLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Renders orders for the API with their algorithm links and order-class groups (a fixed number of queries per call,
 * also for lists: links, group links, the primaries' legs).
 */
@Component
public class OrderViews {

    private final AlgoRepository algos;
    private final OrderGroupRepository groups;
    private final OrderQueries queries;
    private final ObjectProvider<PaperVenue> venue;

    public OrderViews(AlgoRepository algos, OrderGroupRepository groups, OrderQueries queries,
            ObjectProvider<PaperVenue> venue) {
        this.algos = algos;
        this.groups = groups;
        this.queries = queries;
        this.venue = venue;
    }

    public OrderResponse of(Order order) {
        return of(List.of(order)).getFirst();
    }

    /**
     * The views of a list with Alpaca's {@code nested=true}: a leg whose primary is in the list is shown only nested in
     * its primary's {@code legs} (one whose primary is not, e.g. filtered out by status, and a replaced leg, which is
     * not nested, are still listed on their own).
     */
    public List<OrderResponse> nested(List<Order> orders) {
        Set<OrderId> listed = orders.stream().map(Order::id).collect(Collectors.toSet());
        Map<OrderId, GroupLink> groupLinks = groups.links(listed);
        return of(orders.stream().filter(order -> {
            GroupLink link = groupLinks.get(order.id());
            // a replaced leg is not nested (its replacement is), so it stays on its own
            return link == null || link.isPrimary() || !listed.contains(link.groupId())
                    || order.status() == OrderStatus.REPLACED;
        }).toList());
    }

    public List<OrderResponse> of(List<Order> orders) {
        List<OrderId> ids = orders.stream().map(Order::id).toList();
        Map<OrderId, AlgoRepository.AlgoLinks> links = algos.links(ids);
        Map<OrderId, GroupLink> groupLinks = groups.links(ids);
        List<OrderId> primaries = groupLinks.values().stream().filter(GroupLink::isPrimary).map(GroupLink::orderId)
                .toList();
        Map<OrderId, List<OrderId>> legIds = groups.legsOf(primaries);
        List<OrderId> allLegs = legIds.values().stream().flatMap(List::stream).toList();
        Map<OrderId, Order> legs = new java.util.HashMap<>();
        if (!allLegs.isEmpty() && !orders.isEmpty()) {
            queries.findAll(orders.getFirst().accountId(), allLegs).forEach(o -> legs.put(o.id(), o));
        }
        List<OrderResponse> views = new ArrayList<>();
        for (Order order : orders) {
            GroupLink link = groupLinks.get(order.id());
            OrderClass orderClass = link == null ? OrderClass.SIMPLE : link.orderClass();
            List<OrderResponse> nested = null;
            if (link != null && link.isPrimary()) {
                // a replaced leg is not nested (its replacement is; the replaced one keeps its own replaced_by)
                nested = legIds.getOrDefault(order.id(), List.of()).stream().map(legs::get)
                        .filter(java.util.Objects::nonNull).filter(leg -> leg.status() != OrderStatus.REPLACED)
                        .map(leg -> OrderResponse.of(leg, null, trailingStopPrice(leg), orderClass, null)).toList();
            }
            views.add(OrderResponse.of(order, links.get(order.id()), trailingStopPrice(order), orderClass, nested));
        }
        return views;
    }

    /** A trailing stop's current stop price on the paper venue (null for other orders, or without a paper venue). */
    private Price trailingStopPrice(Order order) {
        PaperVenue paper = venue.getIfAvailable();
        return paper == null ? null : paper.trailingStopPrice(order).orElse(null);
    }
}
