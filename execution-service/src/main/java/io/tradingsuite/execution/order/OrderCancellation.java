package io.tradingsuite.execution.order;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancels orders: one order of the caller ({@code DELETE /api/orders/{id}}), all open orders of the caller
 * ({@code DELETE /api/orders}) and every open order of a kill-switch scope. The paper venue confirms a cancel at once,
 * so a working order passes {@code pending_cancel} and ends {@code canceled} in the same transaction; with a broker
 * ({@link VenueCancels#confirmsAtOnce()} false) the order stays {@code pending_cancel}, the request is forwarded after
 * commit and the broker's answer ends it (see {@link VenueCancels}); a
 * {@code pending_new} order (risk has not decided) is canceled outright. Every cancel is published as
 * {@code OrderCanceled} (risk releases the reservation on that terminal event).
 */
@Service
public class OrderCancellation {

    /** Reason carried by cancels of the kill switch. */
    public static final String KILL_SWITCH = "kill switch";
    /** Orders canceled per transaction by a scope-wide cancel. */
    static final int BATCH_SIZE = 100;
    /** Upper bound of the orders {@code DELETE /api/orders} cancels in one call. */
    static final int MAX_CANCEL_ALL = 1_000;
    private static final Logger log = LoggerFactory.getLogger(OrderCancellation.class);

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;
    private final VenueCancels venue;
    private final GroupCancels groups;
    private final CancelForwarding forwarding;

    public OrderCancellation(OrderRepository orders, OrderTransitions transitions, TransactionTemplate tx,
            ExecutionMetrics metrics, Clock clock, VenueCancels venue, GroupCancels groups,
            CancelForwarding forwarding) {
        this.groups = groups;
        this.forwarding = forwarding;
        this.orders = orders;
        this.transitions = transitions;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
        this.venue = venue;
    }

    /** What happened to one cancel request. */
    public enum Outcome {
        CANCELED,
        NOT_FOUND,
        /** The order is terminal or has a pending replace. */
        NOT_CANCELABLE
    }

    /** The result of canceling one order: the order as it stands afterwards (empty when not found). */
    public record CancelResult(OrderId id, Outcome outcome, Optional<Order> order) {
    }

    /** Cancels one of the caller's orders (a group's primary: with its whole group, see {@link GroupCancels}). */
    public CancelResult cancel(AccountId account, OrderId id, String reason) {
        Optional<CancelResult> group = groups.cancelGroup(account, id, reason);
        if (group.isPresent()) {
            return group.get();
        }
        CancelResult result = tx.execute(status -> {
            Order order = orders.lock(id).filter(o -> o.accountId().equals(account)).orElse(null);
            if (order == null) {
                return new CancelResult(id, Outcome.NOT_FOUND, Optional.empty());
            }
            if (order.status() == OrderStatus.PENDING_NEW || order.status() == OrderStatus.HELD) {
                transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
                resumeOriginal(order);
            } else if (order.status() == OrderStatus.NEW || order.status() == OrderStatus.PARTIALLY_FILLED
                    || order.status() == OrderStatus.DONE_FOR_DAY) {
                transitions.apply(order, new OrderUpdate.RequestCancel(clock.instant()));
                if (venue.confirmsAtOnce()) {
                    // the paper venue confirms the cancel immediately
                    transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
                }
            } else {
                return new CancelResult(id, Outcome.NOT_CANCELABLE, Optional.of(order));
            }
            return new CancelResult(id, Outcome.CANCELED, Optional.of(order));
        });
        if (result.outcome() == Outcome.CANCELED && result.order().orElseThrow().status() == OrderStatus.PENDING_CANCEL) {
            return forwarding.forward(result.order().get(), reason);
        }
        if (result.outcome() == Outcome.CANCELED) {
            metrics.orderEntered(OrderStatus.CANCELED);
            log.info("order {} canceled ({})", id, reason);
        }
        return result;
    }

    /**
     * A replacement canceled before risk decided it: its original (locked after it, as the decision does) stops
     * waiting in {@code pending_replace} and works on as before; the late decision then finds the replacement
     * canceled and changes nothing.
     */
    private void resumeOriginal(Order canceledReplacement) {
        canceledReplacement.replaces().flatMap(orders::lock)
                .filter(original -> original.status() == OrderStatus.PENDING_REPLACE)
                .ifPresent(original -> transitions.apply(original,
                        new OrderUpdate.ReplaceRefused("replacement canceled", clock.instant())));
    }

    /**
     * Cancels every open order of the caller (each in its own transaction); one result per order tried. An order in
     * {@code pending_replace} is canceled after its pending replacement (which puts it back to working).
     */
    public List<CancelResult> cancelAll(AccountId account, String reason) {
        List<CancelResult> results = new ArrayList<>();
        for (OrderId id : orders.openOrderIds(new OrderScope.Account(account), MAX_CANCEL_ALL)) {
            Optional<Order> now = orders.find(account, id);
            if (now.isPresent() && now.get().status().isTerminal()) {
                // ended since the listing: canceled with its group earlier in this call (or filled meanwhile)
                results.add(new CancelResult(id, now.get().status() == OrderStatus.CANCELED ? Outcome.CANCELED
                        : Outcome.NOT_CANCELABLE, now));
                continue;
            }
            results.add(cancel(account, id, reason));
        }
        // an order waiting for its replacement's decision is listed before the replacement; canceling that
        // replacement resumed it, so it is cancelable now
        for (int i = 0; i < results.size(); i++) {
            CancelResult result = results.get(i);
            if (result.outcome() == Outcome.NOT_CANCELABLE
                    && result.order().map(o -> o.status() == OrderStatus.PENDING_REPLACE).orElse(false)) {
                results.set(i, cancel(account, result.id(), reason));
            }
        }
        return results;
    }

    /**
     * Cancels every open order of a scope, {@value #BATCH_SIZE} orders per transaction, until none is left; returns
     * how many were canceled. Idempotent: canceled orders are no longer open, so a repeat finds nothing to do.
     */
    public int cancelScope(OrderScope scope, String reason) {
        int canceled = 0;
        while (true) {
            List<Order> atVenue = new ArrayList<>();
            Integer batch = tx.execute(status -> {
                int done = 0;
                for (OrderId id : orders.openOrderIds(scope, BATCH_SIZE)) {
                    Order order = orders.lock(id).orElseThrow();
                    if (!order.status().isTerminal()) {
                        boolean working = order.status().isAtVenue();
                        transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
                        if (working) {
                            atVenue.add(order);
                        }
                        done++;
                    }
                }
                return done;
            });
            if (!venue.confirmsAtOnce()) {
                // the kill switch does not wait for the broker: the orders end here and the broker is told, best effort
                for (Order order : atVenue) {
                    try {
                        venue.send(order);
                    } catch (RuntimeException e) {
                        log.error("{}: forwarding the cancel of order {} to the venue failed", reason, order.id(), e);
                    }
                }
            }
            int done = batch == null ? 0 : batch;
            canceled += done;
            for (int i = 0; i < done; i++) {
                metrics.orderEntered(OrderStatus.CANCELED);
            }
            if (done < BATCH_SIZE) {
                log.info("{}: {} open orders of {} canceled", reason, canceled, scope);
                return canceled;
            }
        }
    }
}
