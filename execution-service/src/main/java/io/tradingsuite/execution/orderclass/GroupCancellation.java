package io.tradingsuite.execution.orderclass;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.execution.order.CancelForwarding;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.VenueCancels;
import io.tradingsuite.execution.order.GroupCancels;
import io.tradingsuite.execution.order.OrderCancellation.CancelResult;
import io.tradingsuite.execution.order.OrderCancellation.Outcome;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import io.tradingsuite.execution.orderclass.OrderGroupRepository.GroupLink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's cancel of a group's primary cancels the whole group in one transaction (primary row lock first, then
 * the legs', take-profit first): held legs first (so the entry's end does not release them), then the primary if it
 * is open, then every leg still open (a working leg's cancel ends its sibling by the oco rule, reason
 * {@code oco: sibling canceled}). The paper venue confirms each cancel at once. With a broker (Alpaca) an order working
 * there becomes {@code pending_cancel} in that transaction and its cancel is forwarded after the commit
 * ({@link CancelForwarding}); the broker's confirmation ends it (and the oco rule its sibling). A primary that already
 * ended with nothing of its group open is not cancelable (422, as for any order).
 */
@Service
public class GroupCancellation implements GroupCancels {

    private static final Logger log = LoggerFactory.getLogger(GroupCancellation.class);

    private final OrderRepository orders;
    private final OrderGroupRepository groups;
    private final OrderTransitions transitions;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;
    private final VenueCancels venue;
    private final CancelForwarding forwarding;

    public GroupCancellation(OrderRepository orders, OrderGroupRepository groups, OrderTransitions transitions,
            TransactionTemplate tx, ExecutionMetrics metrics, Clock clock, VenueCancels venue,
            CancelForwarding forwarding) {
        this.venue = venue;
        this.forwarding = forwarding;
        this.orders = orders;
        this.groups = groups;
        this.transitions = transitions;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Optional<CancelResult> cancelGroup(AccountId account, OrderId id, String reason) {
        Optional<GroupLink> link = groups.linkOf(id);
        if (link.isEmpty() || !link.get().isPrimary()) {
            return Optional.empty();
        }
        List<OrderStatus> canceled = new ArrayList<>();
        List<Order> toForward = new ArrayList<>();
        List<Order> toTell = new ArrayList<>();
        CancelResult result = tx.execute(status -> {
            Order primary = orders.lock(id).filter(o -> o.accountId().equals(account)).orElse(null);
            if (primary == null) {
                return new CancelResult(id, Outcome.NOT_FOUND, Optional.empty());
            }
            // take-profit before stop-loss: a fixed lock order (the stop-loss is then usually ended by the
            // take-profit's cancel: "oco: sibling canceled")
            List<OrderId> legs = groups.legsOf(List.of(id)).getOrDefault(id, List.of());
            List<Order> locked = new ArrayList<>();
            legs.forEach(leg -> orders.lock(leg).ifPresent(locked::add));
            for (Order leg : locked) {
                if (leg.status() == OrderStatus.HELD) {
                    cancel(leg, reason, canceled, toForward, toTell);
                }
            }
            cancel(orders.lock(id).orElseThrow(), reason, canceled, toForward, toTell);
            for (OrderId leg : legs) {
                cancel(orders.lock(leg).orElseThrow(), reason, canceled, toForward, toTell);
            }
            return new CancelResult(id, canceled.isEmpty() && toForward.isEmpty() ? Outcome.NOT_CANCELABLE
                    : Outcome.CANCELED, orders.find(account, id));
        });
        canceled.forEach(metrics::orderEntered);
        for (Order pending : toForward) {
            try {
                forwarding.forward(pending, reason);
            } catch (RuntimeException e) {
                // it stays pending_cancel here; the venue's reconciliation forwards the cancel again
                log.error("forwarding the cancel of order {} of group {} to the venue failed", pending.id(), id, e);
            }
        }
        for (Order ended : toTell) {
            try {
                venue.send(ended);
            } catch (RuntimeException e) {
                log.error("forwarding the cancel of order {} to the venue failed", ended.id(), e);
            }
        }
        if (!toForward.isEmpty()) {
            result = new CancelResult(id, result.outcome(), orders.find(account, id));
        }
        if (result.outcome() == Outcome.CANCELED) {
            log.info("group {} canceled ({} orders, {})", id, canceled.size(), reason);
        }
        return Optional.of(result);
    }

    /**
     * Cancels one open order of the group (a no-op for an ended one, e.g. a sibling the rules already canceled). With a
     * broker, a working order is left {@code pending_cancel} in {@code toForward}; a leg whose replacement risk is
     * deciding ends here at once and is in {@code toTell} (the broker is told, best effort, as by the kill switch).
     */
    private void cancel(Order order, String reason, List<OrderStatus> canceled, List<Order> toForward,
            List<Order> toTell) {
        OrderStatus status = order.status();
        if (status == OrderStatus.HELD || status == OrderStatus.PENDING_NEW) {
            transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
        } else if (status == OrderStatus.NEW || status == OrderStatus.PARTIALLY_FILLED
                || status == OrderStatus.DONE_FOR_DAY) {
            transitions.apply(order, new OrderUpdate.RequestCancel(clock.instant()));
            if (!venue.confirmsAtOnce()) {
                toForward.add(order);
                return;
            }
            transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
        } else if (status == OrderStatus.PENDING_REPLACE) {
            // a leg whose replacement risk is deciding: ended at once (the late approval of the replacement then
            // finds its original ended and cancels the replacement)
            transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
            if (!venue.confirmsAtOnce()) {
                toTell.add(order);
            }
        } else {
            return;
        }
        canceled.add(OrderStatus.CANCELED);
    }
}
