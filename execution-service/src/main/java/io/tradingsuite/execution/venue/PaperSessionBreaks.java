package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.MarketClock;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paper venue's session breaks for {@code gtc} orders, with a market clock that closes ({@code us-equities}):
 * once the session an order was submitted in (or a later one) has closed, a resting {@code gtc} order becomes
 * {@code done_for_day} ({@code OrderDoneForDay}) and is not matched; when the next session opens it is {@code new} or
 * {@code partially_filled} again (not published) and the next quote matches it. Day orders expire at the close
 * instead ({@code DayOrderExpiry}). A sweep every {@code expiry-check-interval} with the injected clock,
 * {@value #BATCH_SIZE} orders per transaction; with the always-open clock it does nothing. Alpaca reports
 * {@code done_for_day} itself, so this runs with {@code ts.execution.venue=paper} only.
 */
@Component
@ConditionalOnProperty(name = "ts.execution.venue", havingValue = "paper", matchIfMissing = true)
public class PaperSessionBreaks {

    static final int BATCH_SIZE = 100;
    private static final Logger log = LoggerFactory.getLogger(PaperSessionBreaks.class);

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final MarketClock marketClock;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;

    public PaperSessionBreaks(OrderRepository orders, OrderTransitions transitions, MarketClock marketClock,
            TransactionTemplate tx, ExecutionMetrics metrics, Clock clock) {
        this.orders = orders;
        this.transitions = transitions;
        this.marketClock = marketClock;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Ends the day of resting gtc orders after a close, or resumes done_for_day orders in a session; returns how many changed. */
    @Scheduled(fixedDelayString = "${ts.execution.expiry-check-interval:5s}")
    public int sweep() {
        Instant now = clock.instant();
        if (marketClock.nextOpen(now).isEmpty()) {
            return 0; // the market never closes
        }
        boolean open = marketClock.isOpen(now);
        List<OrderId> due = open ? orders.orderIds(TimeInForce.GTC, EnumSet.of(OrderStatus.DONE_FOR_DAY))
                : orders.orderIds(TimeInForce.GTC, EnumSet.of(OrderStatus.NEW, OrderStatus.PARTIALLY_FILLED));
        int changed = 0;
        for (int from = 0; from < due.size(); from += BATCH_SIZE) {
            List<OrderId> batch = due.subList(from, Math.min(due.size(), from + BATCH_SIZE));
            List<OrderStatus> entered = tx.execute(status -> batch.stream()
                    .map(id -> orders.lock(id).orElseThrow())
                    .filter(order -> open ? order.status() == OrderStatus.DONE_FOR_DAY
                            : sessionClosedSinceSubmission(order, now))
                    .map(order -> {
                        transitions.apply(order, open ? new OrderUpdate.SessionOpened(now) : new OrderUpdate.DoneForDay(now));
                        return order.status();
                    })
                    .toList());
            if (entered != null) {
                entered.forEach(metrics::orderEntered);
                changed += entered.size();
            }
        }
        if (changed > 0) {
            log.info("{} gtc orders {}", changed, open ? "work again in the new session" : "are done for the day");
        }
        return changed;
    }

    /**
     * True for a resting order whose submission's session has closed by {@code now}: an order submitted while the
     * market is closed belongs to the next session and is not done before that one closes.
     */
    private boolean sessionClosedSinceSubmission(Order order, Instant now) {
        if (order.status() != OrderStatus.NEW && order.status() != OrderStatus.PARTIALLY_FILLED) {
            return false;
        }
        Instant submitted = order.submittedAt().orElse(order.createdAt());
        return marketClock.sessionCloseFor(submitted).filter(close -> !close.isAfter(now)).isPresent();
    }
}
