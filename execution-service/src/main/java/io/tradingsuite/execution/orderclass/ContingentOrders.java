package io.tradingsuite.execution.orderclass;

import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.orderclass.Contingency;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderChangeListener;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import io.tradingsuite.execution.orderclass.OrderGroupRepository.GroupLink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Applies trading-core's {@link Contingency} rules to the orders of a group, in the transaction of the change that
 * triggered them (lock order: the changed order, then its group's other orders by id). Only fills and ends matter:
 * <ul>
 * <li>a bracket / oto entry that ended releases its held legs for what it filled (each leg: {@code held} →
 * {@code pending_new} with that quantity, and an {@code OrderRequested} to risk through the outbox, in this
 * transaction) or, with nothing filled, cancels them;</li>
 * <li>an exit that filled reduces or cancels its sibling, one that was canceled or expired cancels it (unless a broker
 * holds the two as one oco order, {@link VenueOcoPairs}: it ends the sibling and reports that itself);</li>
 * <li>a leg that was replaced ({@code PATCH}, {@link LegReplacement}) hands its place in the group to its
 * replacement.</li>
 * </ul>
 * A redelivered fill is dropped before it gets here (its trade id is recorded), and a leg is released only from
 * {@code held}: its deterministic client order id ({@code <entry coid>-tp|-sl}) is asked of risk at most once.
 */
@Component
public class ContingentOrders implements OrderChangeListener {

    private static final Logger log = LoggerFactory.getLogger(ContingentOrders.class);

    private final OrderRepository orders;
    private final OrderGroupRepository groups;
    private final Outbox outbox;
    private final ExecutionMetrics metrics;
    private final Clock clock;
    private final ObjectProvider<VenueOcoPairs> venuePairs;

    public ContingentOrders(OrderRepository orders, OrderGroupRepository groups, Outbox outbox,
            ExecutionMetrics metrics, Clock clock, ObjectProvider<VenueOcoPairs> venuePairs) {
        this.venuePairs = venuePairs;
        this.orders = orders;
        this.groups = groups;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void changed(Order order, OrderDomainEvent event, OrderTransitions transitions) {
        if (event instanceof OrderDomainEvent.OrderReplaced replaced) {
            groups.linkOf(order.id()).ifPresent(link -> succeed(order, replaced, link, transitions));
            return;
        }
        boolean fill = event instanceof OrderDomainEvent.OrderFilled
                || event instanceof OrderDomainEvent.OrderPartiallyFilled;
        if (!fill && !order.status().isTerminal()) {
            return;
        }
        GroupLink link = groups.linkOf(order.id()).orElse(null);
        if (link == null) {
            return;
        }
        Instant now = clock.instant();
        if (link.isPrimary() && link.orderClass().hasEntry()) {
            if (!order.status().isTerminal()) {
                return; // legs stay held while the entry works, also while it fills partly
            }
            List<Order> legs = new ArrayList<>();
            for (GroupLink member : groups.members(link.groupId())) {
                if (!member.isPrimary()) {
                    orders.lock(member.orderId()).ifPresent(legs::add);
                }
            }
            for (Contingency.Directive directive : Contingency.forEntry(order, legs, now)) {
                apply(directive, transitions, now, siblingOf(directive.target(), legs),
                        order.ticket().clientOrderId());
            }
            return;
        }
        if (link.orderClass() == OrderClass.OTO) {
            return; // one exit: no sibling
        }
        for (GroupLink member : groups.members(link.groupId())) {
            boolean exit = link.orderClass() == OrderClass.OCO || !member.isPrimary();
            if (exit && !member.orderId().equals(order.id())) {
                if (!fill && endedAtVenueWith(order, member.orderId())) {
                    continue; // the broker ends the other half of its oco order and reports that itself
                }
                Order sibling = orders.lock(member.orderId()).orElseThrow();
                Contingency.forExit(order, event, sibling, now).ifPresent(d -> apply(d, transitions, now, null, null));
            }
        }
    }

    /**
     * A replaced leg's successor takes its place in the group (the replaced one stays linked, for history), for no
     * more than what the replaced leg still had open: fills of its own, or its sibling's (which reduced it), while
     * risk decided the replacement shrink the successor too, so the group never fills more than its quantity.
     */
    private void succeed(Order original, OrderDomainEvent.OrderReplaced replaced, GroupLink link,
            OrderTransitions transitions) {
        groups.mark(replaced.replacedBy(), link.orderClass(), link.groupId(), link.role());
        Order successor = orders.lock(replaced.replacedBy()).orElseThrow();
        Quantity open = original.leavesQuantity();
        if (open.isPositive() && successor.ticket().quantity().compareTo(open) > 0) {
            transitions.apply(successor, new OrderUpdate.Reduce(open, clock.instant()));
        }
        log.info("leg {} replaced by {} in group {} for {}", original.id(), successor.id(), link.groupId(),
                successor.ticket().quantity());
    }

    /** True when a broker holds the two exits as one oco order (see {@link VenueOcoPairs}). */
    private boolean endedAtVenueWith(Order exit, io.tradingsuite.common.types.OrderId sibling) {
        VenueOcoPairs pairs = venuePairs.getIfAvailable();
        return pairs != null && pairs.pairedAtVenue(exit.id(), sibling);
    }

    /** The client order id of the other exit of a bracket (a leg's pair); null for an oto's single exit. */
    private static ClientOrderId siblingOf(Order leg, List<Order> legs) {
        return legs.stream().filter(other -> !other.id().equals(leg.id())).findFirst()
                .map(other -> other.ticket().clientOrderId()).orElse(null);
    }

    /**
     * Applies one directive; a released leg is asked of risk, naming its paired exit ({@code ocoWith}: risk counts
     * the pair's reservation once) and its entry ({@code exitOf}: risk counts the entry's fill as in flight until it
     * sees it).
     */
    private void apply(Contingency.Directive directive, OrderTransitions transitions, Instant now,
            ClientOrderId pairedExit, ClientOrderId entry) {
        Order leg = directive.target();
        OrderDomainEvent event = transitions.apply(leg, directive.update());
        if (event instanceof OrderDomainEvent.OrderReleased released) {
            UUID requestId = UUID.randomUUID();
            orders.setRequestId(leg.id(), requestId);
            outbox.publish(OrderRequested.exit(requestId, now, leg.correlationId(), leg.accountId(), leg.ticket(),
                    pairedExit, entry));
            log.info("leg {} ({}) released for {}", leg.id(), leg.ticket().clientOrderId(), released.quantity());
        } else {
            log.info("order {} ({}): {}", leg.id(), leg.ticket().clientOrderId(), directive.update());
        }
        metrics.orderEntered(leg.status());
    }
}
