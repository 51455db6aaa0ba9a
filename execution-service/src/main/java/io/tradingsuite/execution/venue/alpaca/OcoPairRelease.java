package io.tradingsuite.execution.venue.alpaca;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.order.OrderChangeListener;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import io.tradingsuite.execution.venue.VenueOrderAliases;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On Alpaca, an approved exit of a pair waits {@code new} here for the other exit's decision (the two go to Alpaca as
 * one oco order, see {@link AlpacaRouting}). When the other is denied by risk or rejected instead, the order-class
 * rules leave the waiting exit working (it still protects the position), so this sends it alone once the commit
 * that ended its pair is done: on its own thread (the venue call and its transactions must not run inside the
 * finished transaction's synchronization), through {@link AlpacaRouting#orderWorking} (which holds it while the
 * reconciliation is not done). If Alpaca cannot be reached the routing leaves it {@code new} for the reconciliation.
 */
class OcoPairRelease implements OrderChangeListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OcoPairRelease.class);

    private final ExitPairs pairs;
    private final OrderRepository orders;
    private final VenueOrderAliases aliases;
    private final ObjectProvider<AlpacaRouting> routing;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("alpaca-oco-release").daemon(true).factory());

    OcoPairRelease(ExitPairs pairs, OrderRepository orders, VenueOrderAliases aliases,
            ObjectProvider<AlpacaRouting> routing) {
        this.pairs = pairs;
        this.orders = orders;
        this.aliases = aliases;
        this.routing = routing;
    }

    @Override
    public void changed(Order order, OrderDomainEvent event, OrderTransitions transitions) {
        if (order.status() != OrderStatus.DENIED && order.status() != OrderStatus.REJECTED) {
            return;
        }
        Optional<Order> waiting = pairs.otherExit(order).filter(OcoPairRelease::waitsToBeSent);
        if (waiting.isEmpty() || aliases.aliasOf(waiting.get().id()).isPresent()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        AccountId account = order.accountId();
        OrderId waitingId = waiting.get().id();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                String pairStatus = order.status().wire();
                sender.execute(() -> {
                    try {
                        orders.find(account, waitingId).filter(OcoPairRelease::waitsToBeSent).ifPresent(exit -> {
                            log.info("exit {} goes to Alpaca alone: its pair {} is {}", exit.id(), order.id(),
                                    pairStatus);
                            routing.getObject().orderWorking(exit);
                        });
                    } catch (RuntimeException e) {
                        log.error("sending exit {} alone failed; it stays new here until the reconciliation",
                                waitingId, e);
                    }
                });
            }
        });
    }

    /** Waits (bounded) for sends already handed over, then stops the thread. */
    @Override
    public void close() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static boolean waitsToBeSent(Order exit) {
        return exit.status() == OrderStatus.NEW && exit.filledQuantity().isZero();
    }
}
