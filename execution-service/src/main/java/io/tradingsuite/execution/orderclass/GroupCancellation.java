package io.tradingsuite.execution.orderclass;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.execution.order.ExecutionMetrics;
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
 * {@code oco: sibling canceled}). Order classes run on the paper venue only, which confirms cancels at once. A primary that already
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

    public GroupCancellation(OrderRepository orders, OrderGroupRepository groups, OrderTransitions transitions,
            TransactionTemplate tx, ExecutionMetrics metrics, Clock clock) {
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
                    cancel(leg, reason, canceled);
                }
            }
            cancel(orders.lock(id).orElseThrow(), reason, canceled);
            for (OrderId leg : legs) {
                cancel(orders.lock(leg).orElseThrow(), reason, canceled);
            }
            return new CancelResult(id, canceled.isEmpty() ? Outcome.NOT_CANCELABLE : Outcome.CANCELED,
                    orders.find(account, id));
        });
        canceled.forEach(metrics::orderEntered);
        if (result.outcome() == Outcome.CANCELED) {
            log.info("group {} canceled ({} orders, {})", id, canceled.size(), reason);
        }
        return Optional.of(result);
    }

    /** Cancels one open order of the group (a no-op for an ended one, e.g. a sibling the rules already canceled). */
    private void cancel(Order order, String reason, List<OrderStatus> canceled) {
        OrderStatus status = order.status();
        if (status == OrderStatus.HELD || status == OrderStatus.PENDING_NEW) {
            transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
        } else if (status == OrderStatus.NEW || status == OrderStatus.PARTIALLY_FILLED
                || status == OrderStatus.DONE_FOR_DAY) {
            transitions.apply(order, new OrderUpdate.RequestCancel(clock.instant()));
            transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
        } else if (status == OrderStatus.PENDING_REPLACE) {
            // a leg whose replacement risk is deciding: the paper venue ends it at once (the late approval of the
            // replacement then finds its original ended and cancels the replacement)
            transitions.apply(order, new OrderUpdate.Cancel(reason, clock.instant()));
        } else {
            return;
        }
        canceled.add(OrderStatus.CANCELED);
    }
}
