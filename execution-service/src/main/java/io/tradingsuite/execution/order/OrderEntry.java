package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.validation.ValidatedOrder;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.config.ExecutionProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Manual order entry (REST): records the order as {@code pending_new} and asks risk through
 * {@code risk.order-requests.v1} in one transaction (outbox), then waits a short bound for the decision. Idempotent on
 * (account, client order id): a repeat returns the existing order and never records or requests a second one.
 */
@Service
public class OrderEntry {

    private static final Logger log = LoggerFactory.getLogger(OrderEntry.class);

    private final OrderRepository orders;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final DecisionWaiters waiters;
    private final ExecutionMetrics metrics;
    private final Clock clock;
    private final Duration decisionWait;
    private final VenueReadiness venue;

    public OrderEntry(OrderRepository orders, Outbox outbox, TransactionTemplate tx, DecisionWaiters waiters,
            ExecutionMetrics metrics, Clock clock, ExecutionProperties properties, VenueReadiness venue) {
        this.orders = orders;
        this.outbox = outbox;
        this.tx = tx;
        this.waiters = waiters;
        this.metrics = metrics;
        this.clock = clock;
        this.decisionWait = properties.decisionWait();
        this.venue = venue;
    }

    /**
     * Places a validated manual order for {@code account}; see the class comment. A repeat answers the existing order;
     * a new one is refused with {@link VenueNotReadyException} while the venue takes no orders.
     */
    public Placement place(AccountId account, ValidatedOrder validated) {
        return place(account, validated, (order, at) -> {
        });
    }

    /**
     * Places a validated manual order like {@link #place(AccountId, ValidatedOrder)}; {@code alsoRecord} runs in the
     * transaction that records it (with the new order and the time), for orders that come with others (order classes).
     */
    public Placement place(AccountId account, ValidatedOrder validated, BiConsumer<Order, Instant> alsoRecord) {
        OrderTicket ticket = validated.toTicket(ClientOrderId.of(UUID.randomUUID().toString()), OrderSource.MANUAL, null);
        ClientOrderId clientOrderId = ticket.clientOrderId();
        Optional<Order> existing = orders.findByClientOrderId(account, clientOrderId);
        if (existing.isPresent()) {
            return new Placement(existing.get(), false);
        }
        venue.requireReady();
        CompletableFuture<Void> decided = waiters.register(account, clientOrderId);
        Order order;
        try {
            order = tx.execute(status -> {
                Order recorded = record(account, ticket);
                alsoRecord.accept(recorded, recorded.createdAt());
                return recorded;
            });
        } catch (DuplicateKeyException concurrentRepeat) {
            waiters.forget(account, clientOrderId, decided);
            return new Placement(orders.findByClientOrderId(account, clientOrderId).orElseThrow(), false);
        }
        metrics.orderEntered(OrderStatus.PENDING_NEW);
        awaitDecision(decided);
        waiters.forget(account, clientOrderId, decided);
        return new Placement(orders.find(account, order.id()).orElseThrow(), true);
    }

    private Order record(AccountId account, OrderTicket ticket) {
        UUID requestId = UUID.randomUUID();
        String correlationId = UUID.randomUUID().toString();
        var now = clock.instant();
        Order order = Order.request(OrderId.of(UUID.randomUUID().toString()), account, ticket, correlationId, now);
        orders.insert(order, requestId);
        outbox.publish(new OrderRequested(requestId, now, correlationId, account, ticket));
        return order;
    }

    /** Waits up to the configured decision wait for {@code decided} (returns early when it completes). */
    void awaitDecision(CompletableFuture<Void> decided) {
        try {
            decided.get(decisionWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException noDecisionYet) {
            log.debug("no risk decision within {}", decisionWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
