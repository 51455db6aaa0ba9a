package io.tradingsuite.risk.exposure;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderAccepted;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.events.OrderDoneForDay;
import io.tradingsuite.common.events.OrderEvent;
import io.tradingsuite.common.events.OrderExpired;
import io.tradingsuite.common.events.OrderFilled;
import io.tradingsuite.common.events.OrderPartiallyFilled;
import io.tradingsuite.common.events.OrderRejected;
import io.tradingsuite.common.events.OrderReplaced;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.risk.LossLimits;
import io.tradingsuite.risk.control.AccountDecisionLock;
import io.tradingsuite.risk.control.LimitsService;
import io.tradingsuite.risk.control.TradingControlService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what other services report to risk's view of each account, exactly once per event id (Inbox, same
 * transaction as the change).
 */
@Service
public class ExposureService {

    static final String ACCOUNTS_CONSUMER = "risk-accounts";
    static final String FILLS_CONSUMER = "risk-fills";
    static final String ORDER_EVENTS_CONSUMER = "risk-order-events";
    /** The longest a snapshot waits for fills risk has not seen (a fill lost to a dead letter must not stall it). */
    static final Duration MAX_PARKED = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ExposureService.class);

    private final Inbox inbox;
    private final AccountStateRepository accounts;
    private final FillLedger fills;
    private final ParkedSnapshots parked;
    private final ReservationRepository reservations;
    private final QuoteBook quotes;
    private final LimitsService limits;
    private final TradingControlService controls;
    private final PriceReturns returns;
    private final AccountDecisionLock locks;
    private final Clock clock;

    public ExposureService(Inbox inbox, AccountStateRepository accounts, FillLedger fills, ParkedSnapshots parked,
            ReservationRepository reservations, QuoteBook quotes, LimitsService limits, TradingControlService controls,
            PriceReturns returns, AccountDecisionLock locks, Clock clock) {
        this.locks = locks;
        this.returns = returns;
        this.limits = limits;
        this.controls = controls;
        this.inbox = inbox;
        this.accounts = accounts;
        this.fills = fills;
        this.parked = parked;
        this.reservations = reservations;
        this.quotes = quotes;
        this.clock = clock;
    }

    /**
     * Stores a newer account snapshot, forgets the fills it includes, updates the equity marks and switches the
     * account to reducing when it shows a breach of the daily loss or drawdown limit. A snapshot that includes fills
     * risk has not seen yet is {@link ParkedSnapshots parked} until risk has seen them (or for at most
     * {@link #MAX_PARKED}, after which it is applied as it is, with a warning).
     */
    @Transactional
    public void onAccountSnapshot(AccountSnapshot snapshot) {
        if (!inbox.firstDelivery(ACCOUNTS_CONSUMER, snapshot.eventId())) {
            return;
        }
        long seen = fills.fillsSeen(snapshot.accountId());
        if (snapshot.fillsApplied() > seen) {
            Instant now = clock.instant();
            Optional<Instant> since = parked.parkedSince(snapshot.accountId());
            if (since.isEmpty() || Duration.between(since.get(), now).compareTo(MAX_PARKED) < 0) {
                parked.park(snapshot, now);
                return;
            }
            log.warn("Snapshot {} of account {} includes {} fills, risk has seen {} for {}: applying it anyway",
                    snapshot.version(), snapshot.accountId(), snapshot.fillsApplied(), seen,
                    Duration.between(since.get(), now));
        }
        apply(snapshot);
    }

    private void apply(AccountSnapshot snapshot) {
        if (accounts.store(snapshot, clock.instant())) {
            parked.discard(snapshot.accountId());
            fills.pruneApplied(snapshot.accountId(), snapshot.fillsApplied());
            accounts.equityMarks(snapshot.accountId())
                    .flatMap(marks -> LossLimits.breach(marks, limits.current()))
                    .ifPresent(breach -> controls.reduceAfterBreach(snapshot.accountId(),
                            breach.reasonCode().name() + ": " + breach.detail()));
        }
    }

    /**
     * Counts the fill (with its cash effect), reduces the order's reservation, and applies the account's parked
     * snapshot once this was the last fill it was waiting for.
     */
    @Transactional
    public void onFill(FillExecuted fill) {
        if (!inbox.firstDelivery(FILLS_CONSUMER, fill.eventId())) {
            return;
        }
        if (fills.record(fill) && fill.clientOrderId() != null) {
            reservations.applyFill(fill.accountId(), fill.clientOrderId(), fill.quantity(), clock.instant());
        }
        parked.takeIfSeen(fill.accountId()).ifPresent(this::apply);
    }

    /**
     * Releases the reservation of an order that reached a terminal state, once per event id. A replaced order
     * ({@code OrderReplaced}) releases the original's unfilled remainder like a cancel; the replacement holds its own
     * reservation from its own approval. Non-terminal events (accepted, partially filled, {@code done_for_day}: the
     * order works again next session) keep the reservation. The end of an order that has no reservation yet is
     * remembered, so that an approval risk makes later (its request waited while risk caught up after a restart)
     * reserves nothing.
     */
    @Transactional
    public void onOrderEvent(OrderEvent event) {
        Optional<Quantity> filledAtEnd = filledAtEnd(event);
        if (filledAtEnd.isEmpty() || event.clientOrderId() == null) {
            return;
        }
        if (!inbox.firstDelivery(ORDER_EVENTS_CONSUMER, event.eventId())) {
            return;
        }
        Instant now = clock.instant();
        if (reservations.terminate(event.accountId(), event.clientOrderId(), filledAtEnd.get(), now)) {
            return;
        }
        // no reservation: not approved, or not yet. Under the account's decision lock (so a decision of the order
        // cannot slip in between) look again, and if there is still none remember the end for a later approval.
        locks.lock(event.accountId());
        if (!reservations.terminate(event.accountId(), event.clientOrderId(), filledAtEnd.get(), now)) {
            reservations.recordEndedBeforeDecision(event.accountId(), event.clientOrderId(), filledAtEnd.get(), now);
        }
    }

    /**
     * What a terminal order event says the order filled in total; empty for an event after which the order still
     * works (exhaustive: a new order event type does not compile until it is classified here).
     */
    public static Optional<Quantity> filledAtEnd(OrderEvent event) {
        return switch (event) {
            case OrderFilled f -> Optional.of(f.filledQuantity());
            case OrderCanceled c -> Optional.of(c.filledQuantity());
            case OrderReplaced r -> Optional.of(r.filledQuantity());
            case OrderExpired e -> Optional.of(e.filledQuantity());
            case OrderRejected r -> Optional.of(Quantity.ZERO);
            case OrderAccepted a -> Optional.empty();
            case OrderPartiallyFilled p -> Optional.empty();
            case OrderDoneForDay d -> Optional.empty();
        };
    }

    /** Keeps the latest quote of the symbol and samples its mid into the return window (both in memory). */
    public void onQuote(QuoteUpdated quote) {
        quotes.apply(quote);
        returns.onQuote(quote);
    }

    /** Samples a closed bar into the return window (in memory). */
    public void onBar(BarClosed bar) {
        returns.onBar(bar);
    }
}
