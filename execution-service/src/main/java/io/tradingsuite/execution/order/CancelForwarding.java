package io.tradingsuite.execution.order;

import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.execution.order.OrderCancellation.CancelResult;
import io.tradingsuite.execution.order.OrderCancellation.Outcome;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forwards the cancel of a {@code pending_cancel} order to a broker venue (after the commit that made it pending) and
 * applies what the venue answers at once: sent → it stays {@code pending_cancel} until the venue confirms; unknown at
 * the venue → {@code canceled} here; refused → back to working ({@code CancelRefused}).
 */
@Component
public class CancelForwarding {

    private static final Logger log = LoggerFactory.getLogger(CancelForwarding.class);

    private final VenueCancels venue;
    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;

    public CancelForwarding(VenueCancels venue, OrderRepository orders, OrderTransitions transitions,
            TransactionTemplate tx, ExecutionMetrics metrics, Clock clock) {
        this.venue = venue;
        this.orders = orders;
        this.transitions = transitions;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Forwards one pending cancel; the order as it stands afterwards. */
    public CancelResult forward(Order pending, String reason) {
        VenueCancels.Answer answer = venue.send(pending);
        log.info("cancel of order {} forwarded to the venue: {}", pending.id(), answer);
        if (answer == VenueCancels.Answer.SENT) {
            return new CancelResult(pending.id(), Outcome.CANCELED, Optional.of(pending));
        }
        Order after = tx.execute(status -> {
            Order order = orders.lock(pending.id()).orElseThrow();
            if (order.status() == OrderStatus.PENDING_CANCEL) {
                transitions.apply(order, answer == VenueCancels.Answer.UNKNOWN_AT_VENUE
                        ? new OrderUpdate.Cancel(reason, clock.instant())
                        : new OrderUpdate.CancelRefused("the venue refused the cancel", clock.instant()));
            }
            return order;
        });
        if (after.status() == OrderStatus.CANCELED) {
            metrics.orderEntered(OrderStatus.CANCELED);
            return new CancelResult(pending.id(), Outcome.CANCELED, Optional.of(after));
        }
        return new CancelResult(pending.id(), Outcome.NOT_CANCELABLE, Optional.of(after));
    }
}
