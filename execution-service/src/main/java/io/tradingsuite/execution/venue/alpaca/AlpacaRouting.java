package io.tradingsuite.execution.venue.alpaca;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import io.tradingsuite.execution.order.VenueCancels;
import io.tradingsuite.execution.order.VenueReadiness;
import io.tradingsuite.execution.venue.OrderRouting;
import io.tradingsuite.execution.venue.Venue;
import io.tradingsuite.execution.venue.VenueException;
import io.tradingsuite.execution.venue.VenueFills;
import io.tradingsuite.execution.venue.VenueOrder;
import io.tradingsuite.execution.venue.VenueOutcome;
import io.tradingsuite.execution.venue.VenueReplace;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ts.execution.venue=alpaca}: approved orders are sent to Alpaca, whose {@code client_order_id} is our
 * <em>order id</em> (a UUID: unique across all our accounts, which share the one Alpaca account, and the same on every
 * retry). A replacement (an order with {@code replaces}) is sent as a {@code PATCH} of the original. Until the
 * startup reconciliation has succeeded ({@link AlpacaReconciliation#ready()}) no order is sent: an approved order is
 * canceled here with reason {@code VENUE_NOT_RECONCILED: …}. An order Alpaca refuses after risk approved it, at
 * submission or later on the stream, is {@code rejected} here (reason code {@code VENUE_REJECTED}, Alpaca's code and
 * message in the detail); only an order that already has fills is canceled instead. If Alpaca cannot be reached after the retries the order stays {@code new} here and
 * the reconciliation is run again (it re-sends orders Alpaca does not have). Quotes and bars are ignored: Alpaca
 * matches. Cancels are forwarded and confirmed by the {@code trade_updates} stream.
 */
public class AlpacaRouting implements OrderRouting, VenueCancels, VenueReadiness {

    private static final Logger log = LoggerFactory.getLogger(AlpacaRouting.class);

    private final Venue venue;
    private final AlpacaReconciliation reconciliation;
    private final VenueFills fills;
    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;

    public AlpacaRouting(Venue venue, AlpacaReconciliation reconciliation, VenueFills fills, OrderRepository orders,
            OrderTransitions transitions, TransactionTemplate tx, ExecutionMetrics metrics, Clock clock) {
        this.venue = venue;
        this.reconciliation = reconciliation;
        this.fills = fills;
        this.orders = orders;
        this.transitions = transitions;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Alpaca's client order id of one of our orders: our order id. */
    public static ClientOrderId venueId(OrderId id) {
        return ClientOrderId.of(id.value());
    }

    /** The ticket as Alpaca gets it: our order id as client order id, the rest unchanged. */
    static OrderTicket venueTicket(Order order) {
        OrderTicket t = order.ticket();
        return new OrderTicket(venueId(order.id()), t.symbol(), t.side(), t.type(), t.timeInForce(), t.quantity(),
                t.limitPrice(), t.stopPrice(), t.source(), t.botId());
    }

    @Override
    public void orderWorking(Order order) {
        var notReady = notReadyReason();
        if (notReady.isPresent()) {
            cancelHere(order, notReady.get());
            return;
        }
        submit(order);
    }

    /** Sends an order that is {@code new} here (also used by the reconciliation to re-send). */
    void submit(Order order) {
        try {
            if (order.replaces().isPresent()) {
                OrderTicket t = order.ticket();
                VenueOrder replacement = venue.replace(venueId(order.replaces().get()), new VenueReplace(t.quantity(),
                        t.limitPrice(), t.stopPrice(), t.timeInForce(), venueId(order.id())));
                fills.onOrderUpdate(replacement);
                return;
            }
            switch (venue.submit(venueTicket(order))) {
                case VenueOutcome.Accepted accepted -> fills.onOrderUpdate(accepted.order());
                case VenueOutcome.Rejected rejected -> rejectHere(order, rejected.reasonCode(), rejected.detail());
            }
        } catch (VenueException.Refused | VenueException.UnknownOrder e) {
            rejectHere(order, "VENUE_REJECTED", e.getMessage());
        } catch (VenueException.Unavailable e) {
            log.error("order {} could not be sent to Alpaca ({}); it stays new here and the reconciliation will "
                    + "resolve it", order.id(), e.getMessage());
            reconciliation.invalidate("Alpaca unreachable while sending order " + order.id());
        }
    }

    /** Alpaca refused an order that risk approved: {@code rejected} here (canceled if it already has fills). */
    private void rejectHere(Order order, String reasonCode, String detail) {
        OrderStatus after = tx.execute(status -> {
            Order locked = orders.lock(order.id()).orElse(null);
            if (locked == null || !(locked.status().isAtVenue() || locked.status() == OrderStatus.PENDING_NEW)) {
                return null;
            }
            OrderUpdate reject = new OrderUpdate.Reject(reasonCode, detail, clock.instant());
            transitions.apply(locked, locked.allows(reject) ? reject
                    : new OrderUpdate.Cancel(reasonCode + ": " + detail, clock.instant()));
            return locked.status();
        });
        if (after != null) {
            metrics.orderEntered(after);
            log.warn("order {} {} by Alpaca: {} {}", order.id(), after.wire(), reasonCode, detail);
        }
    }

    private void cancelHere(Order order, String reason) {
        OrderStatus after = tx.execute(status -> {
            Order locked = orders.lock(order.id()).orElse(null);
            if (locked == null || !(locked.status().isWorking() || locked.status() == OrderStatus.PENDING_NEW)) {
                return null;
            }
            transitions.apply(locked, new OrderUpdate.Cancel(reason, clock.instant()));
            return locked.status();
        });
        if (after != null) {
            metrics.orderEntered(after);
            log.warn("order {} canceled: {}", order.id(), reason);
        }
    }

    @Override
    public void onQuote(Quote quote) {
        // Alpaca matches orders itself
    }

    @Override
    public void onBar(Symbol symbol, long volume) {
        // no participation budget at a broker
    }

    @Override
    public java.util.Optional<String> notReadyReason() {
        return reconciliation.ready() ? java.util.Optional.empty()
                : java.util.Optional.of("VENUE_NOT_RECONCILED: " + reconciliation.reason());
    }

    @Override
    public boolean confirmsAtOnce() {
        return false;
    }

    @Override
    public Answer send(Order order) {
        try {
            VenueOrder after = venue.cancel(venueId(order.id()));
            fills.onOrderUpdate(after);
            return Answer.SENT;
        } catch (VenueException.UnknownOrder e) {
            return Answer.UNKNOWN_AT_VENUE;
        } catch (VenueException.Refused e) {
            return Answer.REFUSED;
        }
    }
}
