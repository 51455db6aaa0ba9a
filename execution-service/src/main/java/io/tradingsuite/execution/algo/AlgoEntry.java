package io.tradingsuite.execution.algo;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.validation.ValidatedOrder;
import io.tradingsuite.core.algo.AlgoParameters;
import io.tradingsuite.core.algo.ArrivalSlippage;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.Placement;
import io.tradingsuite.execution.venue.QuoteBook;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a parent order: the order row (accepted at once — the parent never goes to risk or the venue; each child
 * does) and its algorithm row with the arrival price (the mid of the latest quote, none without a quote), in one
 * transaction. Children are released by {@link AlgoScheduler}. Idempotent on (account, client order id).
 */
@Service
public class AlgoEntry {

    private final OrderRepository orders;
    private final AlgoRepository algos;
    private final QuoteBook quotes;
    private final MarketVolume volume;
    private final TransactionTemplate tx;
    private final AlgoMetrics metrics;
    private final Clock clock;

    public AlgoEntry(OrderRepository orders, AlgoRepository algos, QuoteBook quotes, MarketVolume volume,
            TransactionTemplate tx, AlgoMetrics metrics, Clock clock) {
        this.orders = orders;
        this.algos = algos;
        this.quotes = quotes;
        this.volume = volume;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Places a validated parent order worked by {@code parameters}. */
    public Placement place(AccountId account, ValidatedOrder validated, AlgoParameters parameters) {
        OrderTicket ticket = validated.toTicket(ClientOrderId.of(UUID.randomUUID().toString()), OrderSource.MANUAL, null);
        Optional<Order> existing = orders.findByClientOrderId(account, ticket.clientOrderId());
        if (existing.isPresent()) {
            return new Placement(existing.get(), false);
        }
        try {
            Order parent = tx.execute(status -> record(account, ticket, parameters));
            metrics.parentEntered(parameters.type(), OrderStatus.NEW);
            return new Placement(parent, true);
        } catch (DuplicateKeyException concurrentRepeat) {
            return new Placement(orders.findByClientOrderId(account, ticket.clientOrderId()).orElseThrow(), false);
        }
    }

    private Order record(AccountId account, OrderTicket ticket, AlgoParameters parameters) {
        Instant now = clock.instant();
        Order parent = Order.request(OrderId.of(UUID.randomUUID().toString()), account, ticket,
                UUID.randomUUID().toString(), now);
        parent.apply(new OrderUpdate.Accept(now));
        orders.insert(parent, null);
        Price arrival = quotes.latest(ticket.symbol()).map(q -> ArrivalSlippage.mid(q.bid(), q.ask())).orElse(null);
        algos.insert(new AlgoParent(parent.id(), parameters, arrival, now, 0, Quantity.ZERO, Quantity.ZERO, 0,
                volume.cumulative(ticket.symbol()), null));
        return parent;
    }
}
