package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies risk's decisions. In one transaction: de-duplicate by event id (inbox), find the order by (account, client
 * order id) or create it (a bot's order has no REST record), and if it is still {@code pending_new} accept it
 * ({@code new}, {@code OrderAccepted} published) or deny it ({@code denied}). A repeated decision for an order that
 * was already decided changes nothing. After commit the waiting REST request is woken.
 *
 * <p>A replacement (an order with {@code replaces}) also settles its original, in the same transaction: approved →
 * the original becomes {@code replaced} ({@code replaced_by} set, announced as {@code OrderReplaced}) and the
 * replacement {@code new}; denied → the original resumes working. If the original ended meanwhile (filled, canceled
 * by the kill switch), an approved replacement is canceled instead of accepted. An accepted day order gets its
 * expiry from the market clock.
 */
@Service
public class DecisionProcessor {

    /** Inbox consumer name. */
    public static final String CONSUMER = "execution-decisions";
    private static final Logger log = LoggerFactory.getLogger(DecisionProcessor.class);

    private final OrderRepository orders;
    private final Inbox inbox;
    private final OrderTransitions transitions;
    private final DayOrderExpiry expiries;
    private final TransactionTemplate tx;
    private final DecisionWaiters waiters;
    private final ExecutionMetrics metrics;
    private final Clock clock;
    private final AcceptedOrders venue;

    public DecisionProcessor(OrderRepository orders, Inbox inbox, OrderTransitions transitions, DayOrderExpiry expiries,
            TransactionTemplate tx, DecisionWaiters waiters, ExecutionMetrics metrics, Clock clock,
            ObjectProvider<AcceptedOrders> venue) {
        this.venue = venue.getIfAvailable();
        this.orders = orders;
        this.inbox = inbox;
        this.transitions = transitions;
        this.expiries = expiries;
        this.tx = tx;
        this.waiters = waiters;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Applies a decision; returns the order if it became {@code new} and the venue is to work it now (a venue that
     * works accepted orders in the accepting transaction, {@link AcceptedOrders}, already did: nothing to return).
     */
    public Optional<Order> handle(OrderDecisionEvent decision) {
        Outcome outcome = tx.execute(status -> apply(decision));
        waiters.complete(decision.accountId(), decision.order().clientOrderId());
        if (outcome == null) {
            return Optional.empty();
        }
        if (outcome.created()) {
            metrics.orderEntered(OrderStatus.PENDING_NEW);
        }
        // a venue that worked the order in this transaction counts its fill or cancel itself, after the commit
        metrics.orderEntered(outcome.worked() ? OrderStatus.NEW : outcome.order().status());
        if (outcome.original() != null) {
            metrics.orderEntered(outcome.original().status());
        }
        return outcome.order().status() == OrderStatus.NEW && !outcome.worked() ? Optional.of(outcome.order())
                : Optional.empty();
    }

    private Outcome apply(OrderDecisionEvent decision) {
        if (!inbox.firstDelivery(CONSUMER, decision.eventId())) {
            log.debug("duplicate decision {} ignored", decision.eventId());
            return null;
        }
        boolean created = false;
        Order order = orders.lockByClientOrderId(decision.accountId(), decision.order().clientOrderId()).orElse(null);
        if (order == null) {
            order = Order.request(OrderId.of(UUID.randomUUID().toString()), decision.accountId(), decision.order(),
                    decision.correlationId(), decision.occurredAt());
            orders.insert(order, decision.requestId());
            created = true;
        }
        if (order.status() != OrderStatus.PENDING_NEW) {
            log.info("order {} already {}: decision {} ignored", order.id(), order.status().wire(), decision.eventId());
            return null;
        }
        Instant now = clock.instant();
        Order original = order.replaces().flatMap(orders::lock).orElse(null);
        boolean originalStillPending = original != null && original.status() == OrderStatus.PENDING_REPLACE;
        OrderUpdate update = switch (decision) {
            case OrderApproved approved -> original != null && !originalStillPending
                    ? new OrderUpdate.Cancel("the replaced order is already " + original.status().wire(), now)
                    : new OrderUpdate.Accept(now);
            case OrderDenied denied -> new OrderUpdate.Deny(denied.reasonCode(), denied.detail(), now);
        };
        transitions.apply(order, update);
        if (order.status() == OrderStatus.NEW) {
            expiries.onAccepted(order, now);
        }
        if (originalStillPending) {
            if (order.status() == OrderStatus.NEW) {
                transitions.apply(original, new OrderUpdate.Replaced(order.id(), order.ticket().clientOrderId(), now));
            } else {
                transitions.apply(original, new OrderUpdate.ReplaceRefused(order.reasonCode().orElse("refused"), now));
            }
        }
        boolean worked = false;
        if (venue != null && order.status() == OrderStatus.NEW) {
            venue.workAccepted(order);
            worked = true;
        }
        // as it stands now: a change listener may have changed it further (a replaced leg's successor is cut to what
        // the leg still had open), the venue may have filled it
        Order current = orders.lock(order.id()).orElse(order);
        return new Outcome(current, created, originalStillPending ? original : null, worked);
    }

    private record Outcome(Order order, boolean created, Order original, boolean worked) {
    }
}
