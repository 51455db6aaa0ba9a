package io.tradingsuite.execution.web;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.execution.algo.AlgoRepository;
import io.tradingsuite.core.venue.PaperVenue;
import io.tradingsuite.common.types.Price;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders orders for the API with their algorithm links (one query per call, also for lists). */
@Component
public class OrderViews {

    private final AlgoRepository algos;
    private final ObjectProvider<PaperVenue> venue;

    public OrderViews(AlgoRepository algos, ObjectProvider<PaperVenue> venue) {
        this.algos = algos;
        this.venue = venue;
    }

    public OrderResponse of(Order order) {
        return OrderResponse.of(order, algos.links(List.of(order.id())).get(order.id()),
                trailingStopPrice(order));
    }

    public List<OrderResponse> of(List<Order> orders) {
        Map<OrderId, AlgoRepository.AlgoLinks> links = algos.links(orders.stream().map(Order::id).toList());
        return orders.stream().map(o -> OrderResponse.of(o, links.get(o.id()), trailingStopPrice(o))).toList();
    }

    /** A trailing stop's current stop price on the paper venue (null for other orders, or without a paper venue). */
    private Price trailingStopPrice(Order order) {
        PaperVenue paper = venue.getIfAvailable();
        return paper == null ? null : paper.trailingStopPrice(order).orElse(null);
    }
}
