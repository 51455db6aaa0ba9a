package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.MarketClock;
import io.tradingsuite.core.venue.PaperVenue;
import io.tradingsuite.core.venue.PaperVenue.AuctionStep;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.core.venue.VenueFill;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works orders on the paper venue. On every quote: remember it, then match each working order on the symbol. When an
 * order starts working: match it against the latest quote, or leave it waiting for the first one. Each match is one
 * transaction holding the order's row lock: a reached stop is recorded ({@code StopTriggered}, remembered), the fill
 * (capped by the displayed size and the {@link ParticipationBudget}) is applied with its fill row (unique trade id)
 * and {@code FillExecuted} plus {@code OrderPartiallyFilled}/{@code OrderFilled} are published through the outbox;
 * an {@code ioc}/{@code fok} order that the venue has acknowledged then has its unfilled remainder canceled
 * ({@code OrderCanceled}). Fills are stamped with the service clock (the quote may be older than the order).
 * Auctions ({@link PaperVenue#auction}, with a {@code us-equities} market clock): an {@code opg} order is not matched
 * before the open, then crosses once, uncapped, on the first quote of the session and the rest is canceled; a
 * {@code cls} order crosses at the close in {@link #crossClosingAuctions}.
 */
@Service
public class PaperExecution {

    private static final Logger log = LoggerFactory.getLogger(PaperExecution.class);

    private final QuoteBook quotes;
    private final ParticipationBudget budget;
    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final PaperVenue venue;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final MarketClock marketClock;
    private final Clock clock;
    /** The accepting transaction's savepoint for {@link #workAccepted}. */
    private final TransactionTemplate nested;

    public PaperExecution(QuoteBook quotes, ParticipationBudget budget, OrderRepository orders,
            OrderTransitions transitions, PaperVenue venue, TransactionTemplate tx,
            ExecutionMetrics metrics, MarketClock marketClock, Clock clock) {
        this.quotes = quotes;
        this.budget = budget;
        this.orders = orders;
        this.transitions = transitions;
        this.venue = venue;
        this.tx = tx;
        this.nested = new TransactionTemplate(java.util.Objects.requireNonNull(tx.getTransactionManager()));
        this.nested.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
        this.metrics = metrics;
        this.marketClock = marketClock;
        this.clock = clock;
    }

    /**
     * A new quote: remember it and match every working order on its symbol. One order failing (logged) does not stop
     * the others; it is matched again on the next quote.
     */
    public void onQuote(Quote quote) {
        quotes.update(quote);
        for (OrderId id : orders.workingOrderIds(quote.symbol())) {
            try {
                work(id, quote, false);
            } catch (RuntimeException e) {
                log.error("matching order {} on the {} quote failed; it stays working", id, quote.symbol(), e);
            }
        }
    }

    /** A bar closed: the symbol's participation budget starts over. */
    public void onBar(Symbol symbol, long volume) {
        budget.onBar(symbol, volume);
    }

    /**
     * An order started working: match it against the latest quote of its symbol, if there is one. An {@code ioc} or
     * {@code fok} order with no quote to trade against is canceled at once.
     */
    public void orderWorking(OrderId id, Symbol symbol) {
        quotes.latest(symbol).ifPresentOrElse(q -> work(id, q, false), () -> {
            log.debug("order {} waits for the first {} quote", id, symbol);
            cancelImmediateOrder(id);
        });
    }

    /**
     * An order was just accepted, in the accepting transaction (the caller's, which holds its row lock): it is matched
     * against the latest quote there, like {@link #orderWorking} does after that commit, so the acceptance and a fill
     * at once are one commit and one outbox round instead of two. Metrics and the participation budget are updated
     * after the commit.
     */
    public void workAccepted(OrderId id, Symbol symbol) {
        Optional<Quote> latest = quotes.latest(symbol);
        // a quote that arrives before this commit is not matched by onQuote (the order is not visible as working
        // yet): after the commit the order is matched on it
        Quote seen = latest.orElse(null);
        afterCommit(() -> quotes.latest(symbol).filter(now -> now != seen).ifPresent(now -> {
            try {
                work(id, now, false);
            } catch (RuntimeException e) {
                log.error("matching order {} on the {} quote failed; it stays working", id, symbol, e);
            }
        }));
        if (latest.isEmpty()) {
            log.debug("order {} waits for the first {} quote", id, symbol);
            if (cancelImmediateOrderLocked(id)) {
                afterCommit(() -> metrics.orderEntered(OrderStatus.CANCELED));
            }
            return;
        }
        Executed executed;
        try {
            // a savepoint: a failing match undoes only itself, the acceptance commits and quotes match the order later
            executed = nested.execute(status -> match(id, latest.get(), false, status));
        } catch (RuntimeException e) {
            log.error("matching just accepted order {} failed; it stays working and is matched on the next quote", id, e);
            return;
        }
        if (executed != null) {
            afterCommit(() -> recordExecuted(executed));
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private void cancelImmediateOrder(OrderId id) {
        Boolean canceled = tx.execute(status -> cancelImmediateOrderLocked(id));
        if (Boolean.TRUE.equals(canceled)) {
            metrics.orderEntered(OrderStatus.CANCELED);
        }
    }

    /** In a transaction: an {@code ioc} / {@code fok} order with no quote to trade against is canceled; true if so. */
    private boolean cancelImmediateOrderLocked(OrderId id) {
        Order order = orders.lock(id).orElse(null);
        if (order == null || !order.status().isWorking() || !PaperVenue.cancelsRemainder(order.ticket())) {
            return false;
        }
        transitions.apply(order, new OrderUpdate.Cancel(order.ticket().timeInForce().wire()
                + ": no quote to trade against", clock.instant()));
        return true;
    }

    /**
     * The closing auction: every working {@code cls} order whose session closed crosses once against the latest quote
     * of its symbol (with a feed that stops at the close, the closing quote); what does not fill is canceled. Runs
     * with the day-order expiry sweep; nothing to do on an always-open market.
     */
    @Scheduled(fixedDelayString = "${ts.execution.expiry-check-interval:5s}")
    public void crossClosingAuctions() {
        for (OrderRepository.WorkingOrder due : orders.workingOrders(TimeInForce.CLS)) {
            try {
                quotes.latest(due.symbol()).ifPresentOrElse(q -> work(due.id(), q, true), () -> tx.executeWithoutResult(
                        status -> orders.lock(due.id()).filter(o -> o.status().isWorking()
                                        && PaperVenue.auction(o, marketClock, clock.instant()) == AuctionStep.CROSS)
                                .ifPresent(o -> transitions.apply(o, new OrderUpdate.Cancel(
                                        "cls: no quote to cross in the closing auction", clock.instant())))));
            } catch (RuntimeException e) {
                log.error("closing auction of order {} failed; it is tried again", due.id(), e);
            }
        }
    }

    /**
     * Matches one order on one quote. {@code closingSweep}: called by {@link #crossClosingAuctions} (only that call
     * crosses a {@code cls} order; quotes never do).
     */
    private void work(OrderId id, Quote quote, boolean closingSweep) {
        Executed executed = tx.execute(status -> match(id, quote, closingSweep, status));
        if (executed != null) {
            recordExecuted(executed);
        }
    }

    /**
     * The match of one order on one quote, in the current transaction ({@code status}: its own, or the savepoint in
     * the accepting transaction); a fill whose trade id is already recorded rolls it back.
     */
    private Executed match(OrderId id, Quote quote, boolean closingSweep, TransactionStatus status) {
        Instant now = clock.instant();
        Quote current = new Quote(quote.symbol(), quote.bid(), quote.ask(), quote.bidSize(), quote.askSize(), now);
        Order order = orders.lock(id).orElse(null);
        if (order == null || !order.status().isWorking()) {
            return null;
        }
        AuctionStep auction = PaperVenue.auction(order, marketClock, now);
        boolean closing = order.ticket().timeInForce() == TimeInForce.CLS;
        if (auction == AuctionStep.WAIT || (auction == AuctionStep.CROSS && closing != closingSweep)
                || (auction == AuctionStep.NONE && closingSweep)) {
            return null;
        }
        venue.trailWatermark(order, current)
                .ifPresent(watermark -> transitions.apply(order, new OrderUpdate.TrailMoved(watermark, now)));
        if (venue.stopReached(order, current)) {
            transitions.apply(order, new OrderUpdate.StopTriggered(now));
        }
        VenueFill venueFill = null;
        List<VenueFill> fills = auction == AuctionStep.CROSS ? venue.auctionMatch(order, current)
                : venue.match(order, current, budget.remaining(quote.symbol()));
        if (!fills.isEmpty()) {
            venueFill = fills.getFirst();
            if (!transitions.applyFill(order, venueFill, PaperVenue.NAME)) {
                status.setRollbackOnly();
                return null;
            }
        }
        boolean canceled = false;
        if (order.status().isWorking() && auction == AuctionStep.CROSS) {
            transitions.apply(order, new OrderUpdate.Cancel(order.ticket().timeInForce().wire() + ": not filled in the "
                    + (closing ? "closing" : "opening") + " auction", now));
            canceled = true;
        } else if (order.status().isWorking() && PaperVenue.cancelsRemainder(order.ticket())
                && venue.acknowledged(order, now)) {
            TimeInForce tif = order.ticket().timeInForce();
            transitions.apply(order, new OrderUpdate.Cancel(tif == TimeInForce.FOK
                    ? "fok: the whole quantity was not available" : "ioc: unfilled remainder canceled", now));
            canceled = true;
        }
        return new Executed(order, venueFill, canceled);
    }

    /** After a match's commit: the participation budget, metrics and the log line. */
    private void recordExecuted(Executed executed) {
        Order order = executed.order();
        VenueFill fill = executed.fill();
        if (fill != null) {
            budget.consume(order.ticket().symbol(), fill.quantity());
            metrics.orderFilled(order, fill.price().times(fill.quantity()), fill.slippageBps(order.ticket().side() == Side.BUY));
            log.info("filled {} {} of order {} at {} ({})", fill.quantity(), order.ticket().symbol(), order.id(),
                    fill.price(), order.status().wire());
        }
        if (executed.canceled()) {
            metrics.orderEntered(OrderStatus.CANCELED);
        }
    }

    private record Executed(Order order, VenueFill fill, boolean canceled) {
    }
}
