package io.tradingsuite.execution.algo;

import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.algo.ChildOrders;
import io.tradingsuite.core.algo.ExecutionAlgorithm;
import io.tradingsuite.core.algo.ScheduleStep;
import io.tradingsuite.core.algo.UsSessionVolumeProfile;
import io.tradingsuite.core.algo.VolumeProfile;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases children on schedule, every {@code ts.execution.algo.schedule-interval} (default 1s). Per running parent
 * (new / partially_filled), one transaction holding the parent's row lock: ask the parent's {@link ExecutionAlgorithm}
 * for the step due now (time from the injected clock, POV volume from {@link MarketVolume}), and for a child record it
 * {@code pending_new} with client order id {@code <parentId>-<n>} and ask risk with an {@code OrderRequested} through
 * the outbox — exactly like any order — then save the progress. The lock and the unique client order id mean a retry
 * or a second replica never doubles a child. Parents being stopped ({@code pending_cancel}) get their open children
 * canceled.
 */
@Service
public class AlgoScheduler {

    private static final Logger log = LoggerFactory.getLogger(AlgoScheduler.class);

    private final OrderRepository orders;
    private final AlgoRepository algos;
    private final AlgoCancellation cancellation;
    private final MarketVolume volume;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;
    private final VolumeProfile profile = new UsSessionVolumeProfile();

    public AlgoScheduler(OrderRepository orders, AlgoRepository algos, AlgoCancellation cancellation,
            MarketVolume volume, Outbox outbox, TransactionTemplate tx, ExecutionMetrics metrics, Clock clock) {
        this.orders = orders;
        this.algos = algos;
        this.cancellation = cancellation;
        this.volume = volume;
        this.outbox = outbox;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Releases every child due now and finishes stopping parents; returns how many children were released. */
    @Scheduled(fixedDelayString = "${ts.execution.algo.schedule-interval:1s}",
            initialDelayString = "${ts.execution.algo.schedule-interval:1s}")
    public int releaseDue() {
        int released = 0;
        for (OrderId id : algos.parentIds(EnumSet.of(OrderStatus.NEW, OrderStatus.PARTIALLY_FILLED))) {
            try {
                if (releaseNext(id)) {
                    released++;
                }
            } catch (RuntimeException e) {
                log.error("releasing the next child of parent {} failed; retried on the next round", id, e);
            }
        }
        for (OrderId id : algos.parentIds(EnumSet.of(OrderStatus.PENDING_CANCEL))) {
            try {
                cancellation.finishStopping(id);
            } catch (RuntimeException e) {
                log.error("stopping parent {} failed; retried on the next round", id, e);
            }
        }
        return released;
    }

    private boolean releaseNext(OrderId parentId) {
        Optional<Order> child = tx.execute(status -> {
            Order parent = orders.lock(parentId).orElse(null);
            if (parent == null || (parent.status() != OrderStatus.NEW && parent.status() != OrderStatus.PARTIALLY_FILLED)) {
                return Optional.empty();
            }
            AlgoParent algo = algos.find(parentId).orElseThrow();
            long cumulative = volume.cumulative(parent.ticket().symbol());
            boolean remarked = algo.volumeMark() > cumulative; // the in-memory volume counter restarted
            if (remarked) {
                algo = algo.markedAt(cumulative);
            }
            Instant now = clock.instant();
            Optional<ScheduleStep> step = ExecutionAlgorithm.of(algo.parameters(), profile)
                    .next(algo.progress(parent.ticket().quantity(), cumulative), now);
            if (step.isEmpty()) {
                if (remarked) {
                    algos.update(algo);
                }
                return Optional.empty();
            }
            Order released = null;
            int childNumber = algo.childCount();
            if (step.get().hasChild()) {
                childNumber = freeChildNumber(parent, algo.childCount() + 1);
                released = release(parent, childNumber, step.get(), now);
            }
            algos.update(algo.released(step.get(), childNumber, cumulative));
            return Optional.ofNullable(released);
        });
        if (child == null || child.isEmpty()) {
            return false;
        }
        metrics.orderEntered(OrderStatus.PENDING_NEW);
        log.info("parent {} released child {} of {} {}", parentId, child.get().ticket().clientOrderId(),
                child.get().ticket().quantity(), child.get().ticket().symbol());
        return true;
    }

    /**
     * The first child number from {@code candidate} whose client order id is free in the account (only taken if the
     * owner chose such an id for another order; the parent's lock keeps its own children from racing).
     */
    private int freeChildNumber(Order parent, int candidate) {
        int number = candidate;
        while (orders.findByClientOrderId(parent.accountId(), ChildOrders.clientOrderId(parent.id(), number)).isPresent()) {
            log.warn("client order id {} is taken; parent {} skips child number {}",
                    ChildOrders.clientOrderId(parent.id(), number), parent.id(), number);
            number++;
        }
        return number;
    }

    private Order release(Order parent, int childNumber, ScheduleStep step, Instant now) {
        OrderTicket ticket = ChildOrders.ticket(parent.id(), parent.ticket(), childNumber, step.childQuantity());
        UUID requestId = UUID.randomUUID();
        Order child = Order.request(OrderId.of(UUID.randomUUID().toString()), parent.accountId(), ticket,
                parent.correlationId(), now);
        orders.insert(child, requestId);
        algos.markChild(child.id(), parent.id());
        outbox.publish(new OrderRequested(requestId, now, parent.correlationId(), parent.accountId(), ticket));
        return child;
    }
}
