package io.tradingsuite.execution.order;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Read side of the order store; every query is scoped to one account. */
@Service
public class OrderQueries {

    private final OrderRepository orders;

    public OrderQueries(OrderRepository orders) {
        this.orders = orders;
    }

    public Optional<Order> find(AccountId account, OrderId id) {
        return orders.find(account, id);
    }

    public Optional<Order> findByClientOrderId(AccountId account, ClientOrderId clientOrderId) {
        return orders.findByClientOrderId(account, clientOrderId);
    }

    public List<Order> list(AccountId account, Collection<OrderStatus> statuses, int limit) {
        return orders.list(account, statuses, limit);
    }

    /** The caller's orders with the given ids (unknown ids and other accounts' orders are left out). */
    public List<Order> findAll(AccountId account, Collection<OrderId> ids) {
        return orders.findAll(account, ids);
    }

    /** The caller's orders matching Alpaca's list filters. */
    public List<Order> search(AccountId account, OrderSearch search) {
        return orders.search(account, search);
    }
}
