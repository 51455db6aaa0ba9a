package io.tradingsuite.execution.web;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.execution.algo.AlgoRepository;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders orders for the API with their algorithm links (one query per call, also for lists). */
@Component
public class OrderViews {

    private final AlgoRepository algos;

    public OrderViews(AlgoRepository algos) {
        this.algos = algos;
    }

    public OrderResponse of(Order order) {
        return OrderResponse.of(order, algos.links(List.of(order.id())).get(order.id()));
    }

    public List<OrderResponse> of(List<Order> orders) {
        Map<OrderId, AlgoRepository.AlgoLinks> links = algos.links(orders.stream().map(Order::id).toList());
        return orders.stream().map(o -> OrderResponse.of(o, links.get(o.id()))).toList();
    }
}
