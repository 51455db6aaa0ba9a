package io.tradingsuite.execution.venue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.VenueFill;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies what a broker venue reports to the order table, each in one transaction holding the order's row lock:
 * an execution becomes a fill row (primary key = the venue's trade id, so a replayed execution changes nothing),
 * the order's {@link Fill} and {@code FillExecuted} plus {@code OrderPartiallyFilled}/{@code OrderFilled} through the
 * outbox; the venue's cancel, expiry or rejection ends a working order. The venue's client order id is our order id
 * (see {@code AlpacaRouting}) or an alias the venue gave it ({@link VenueOrderAliases}: an oco order's stop-loss). An execution for an order that is already closed here cannot be applied by the state
 * machine: it is logged as an error and counted ({@code ts.execution.venue.unapplied.fills}) for an operator.
 */
public class VenueFills implements VenueListener {

    private static final Logger log = LoggerFactory.getLogger(VenueFills.class);

    private final String venueName;
    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;
    private final Counter unapplied;
    private final VenueOrderAliases aliases;

    public VenueFills(String venueName, OrderRepository orders, OrderTransitions transitions,
            TransactionTemplate tx, ExecutionMetrics metrics, Clock clock, MeterRegistry registry,
            VenueOrderAliases aliases) {
        this.venueName = venueName;
        this.aliases = aliases;
        this.orders = orders;
        this.transitions = transitions;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
        this.unapplied = Counter.builder("ts.execution.venue.unapplied.fills")
                .description("Venue executions for orders already closed here (need an operator)")
                .tag("venue", venueName).register(registry);
    }

    /** Our order id behind a venue's client order id, if it is one of ours (see {@link VenueOrderAliases#resolve}). */
    public Optional<OrderId> orderId(ClientOrderId clientOrderId) {
        return aliases.resolve(clientOrderId);
    }

    @Override
    public void onFill(VenueExecution execution) {
        Optional<OrderId> id = orderId(execution.clientOrderId());
        if (id.isEmpty()) {
            log.warn("{} execution {} for client order id {} that is not ours: ignored", venueName,
                    execution.tradeId(), execution.clientOrderId());
            return;
        }
        Order order = tx.execute(status -> apply(id.get(), execution, status));
        if (order != null) {
            // the touch an Alpaca fill traded against is unknown: no slippage sample
            metrics.orderFilled(order, execution.price().times(execution.quantity()), null);
            log.info("filled {} {} of order {} at {} on {} ({})", execution.quantity(), order.ticket().symbol(),
                    order.id(), execution.price(), venueName, order.status().wire());
        }
    }

    /**
     * Applies one execution to the locked order; null when nothing changed (unknown order, replay, closed order).
     */
    private Order apply(OrderId id, VenueExecution execution, org.springframework.transaction.TransactionStatus status) {
        Order order = orders.lock(id).orElse(null);
        if (order == null) {
            log.warn("{} execution {} for unknown order {}: ignored", venueName, execution.tradeId(), id);
            return null;
        }
        if (orders.fillExists(execution.tradeId())) {
            log.debug("{} execution {} already applied", venueName, execution.tradeId());
            return null;
        }
        if (!order.status().isWorking() || execution.quantity().compareTo(order.leavesQuantity()) > 0) {
            unapplied.increment();
            log.error("{} execution {} ({} at {}) for order {} which is {} with {} open: not applied, needs an operator",
                    venueName, execution.tradeId(), execution.quantity(), execution.price(), id,
                    order.status().wire(), order.leavesQuantity());
            return null;
        }
        VenueFill row = new VenueFill(execution.tradeId(), order.fillCount() + 1, execution.quantity(),
                execution.price(), execution.price(), execution.at());
        if (!transitions.applyFill(order, row, venueName)) {
            log.debug("{} execution {} already applied", venueName, execution.tradeId());
            status.setRollbackOnly();
            return null;
        }
        return order;
    }

    @Override
    public void onOrderUpdate(VenueOrder update) {
        Optional<OrderId> id = orderId(update.clientOrderId());
        if (id.isEmpty()) {
            return;
        }
        OrderUpdate change = switch (update.status()) {
            case CANCELED -> new OrderUpdate.Cancel("canceled at " + venueName, clock.instant());
            case EXPIRED -> new OrderUpdate.Expire(clock.instant());
            case REJECTED -> new OrderUpdate.Reject("VENUE_REJECTED", "rejected by " + venueName, clock.instant());
            case DONE_FOR_DAY -> new OrderUpdate.DoneForDay(clock.instant());
            // a done_for_day order that the venue reports working again: the next session opened
            case NEW, PARTIALLY_FILLED -> new OrderUpdate.SessionOpened(clock.instant());
            default -> null;
        };
        if (change == null) {
            return;
        }
        OrderStatus after = tx.execute(status -> {
            Order order = orders.lock(id.get()).orElse(null);
            if (order == null || !order.status().isAtVenue()) {
                return null;
            }
            OrderUpdate applied = change instanceof OrderUpdate.Reject && !order.allows(change)
                    // the venue ended an order that has fills: canceled here, with the venue's word in the reason
                    ? new OrderUpdate.Cancel("VENUE_REJECTED: rejected by " + venueName + " after fills", change.at())
                    : change;
            if (!order.allows(applied)) {
                return null;
            }
            transitions.apply(order, applied);
            return order.status();
        });
        if (after != null) {
            metrics.orderEntered(after);
            log.info("order {} {} at {}", id.get(), after.wire(), venueName);
        }
    }
}
