package io.tradingsuite.execution.order;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.MarketClock;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Day orders expire at the close of their session (the {@link MarketClock}): an accepted {@code day} order (also
 * {@code opg}, in case its opening auction never came; a {@code cls} order is settled by the closing auction,
 * {@code PaperExecution.crossClosingAuctions}) is stamped with its expiry, and a periodic
 * sweep expires working orders whose expiry passed ({@code OrderExpired}), {@value #BATCH_SIZE} per transaction.
 * With an always-open clock nothing expires; {@code gtc} never expires.
 */
@Service
public class DayOrderExpiry {

    static final int BATCH_SIZE = 100;
    private static final Set<TimeInForce> DAY_LIKE = EnumSet.of(TimeInForce.DAY, TimeInForce.OPG);
    private static final Logger log = LoggerFactory.getLogger(DayOrderExpiry.class);

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final MarketClock marketClock;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;

    public DayOrderExpiry(OrderRepository orders, OrderTransitions transitions, MarketClock marketClock,
            TransactionTemplate tx, ExecutionMetrics metrics, Clock clock) {
        this.orders = orders;
        this.transitions = transitions;
        this.marketClock = marketClock;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Stamps a just-accepted order with its expiry (inside the accepting transaction). */
    void onAccepted(Order order, Instant acceptedAt) {
        if (DAY_LIKE.contains(order.ticket().timeInForce())) {
            marketClock.sessionCloseFor(acceptedAt).ifPresent(close -> orders.setExpiry(order.id(), close));
        }
    }

    /** Expires every working order whose expiry is due now; returns how many expired. */
    @Scheduled(fixedDelayString = "${ts.execution.expiry-check-interval:5s}")
    public int expireDue() {
        int expired = 0;
        while (true) {
            Instant now = clock.instant();
            Integer batch = tx.execute(status -> {
                int done = 0;
                for (OrderId id : orders.dueForExpiry(now, BATCH_SIZE)) {
                    Order order = orders.lock(id).orElseThrow();
                    if (order.status().isAtVenue()) {
                        transitions.apply(order, new OrderUpdate.Expire(now));
                        done++;
                    }
                }
                return done;
            });
            int done = batch == null ? 0 : batch;
            expired += done;
            for (int i = 0; i < done; i++) {
                metrics.orderEntered(OrderStatus.EXPIRED);
            }
            if (done < BATCH_SIZE) {
                if (expired > 0) {
                    log.info("{} day orders expired at the session close", expired);
                }
                return expired;
            }
        }
    }
}
