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
import io.tradingsuite.core.orderclass.LegRole;
import io.tradingsuite.execution.orderclass.OrderGroupRepository;
import io.tradingsuite.execution.venue.VenueOrderAliases;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>Order classes: a bracket's or an oto's entry is sent as a simple order; its exits are released here when the
 * entry ends (as on the paper venue) and each is decided by risk. An oto's one exit is then sent as a simple order. A
 * pair of exits (a bracket's take-profit and stop-loss, an oco's two orders) is sent as one Alpaca {@code oco} order
 * once risk approved both ({@link Venue#submitOco}; the first approved waits {@code new} here for the other's
 * decision), because Alpaca holds only one closing order per share otherwise. The stop-loss is then Alpaca's leg of
 * the take-profit, under a client order id Alpaca generates ({@link VenueOrderAliases}). If risk denies one exit of a
 * pair, the other is sent alone ({@link OcoPairRelease}); if Alpaca rejects the oco, both are rejected here.
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
    private final VenueOrderAliases aliases;
    private final ExitPairs pairs;

    public AlpacaRouting(Venue venue, AlpacaReconciliation reconciliation, VenueFills fills, OrderRepository orders,
            OrderTransitions transitions, TransactionTemplate tx, ExecutionMetrics metrics, Clock clock,
            VenueOrderAliases aliases, OrderGroupRepository groups) {
        this.aliases = aliases;
        this.pairs = new ExitPairs(orders, groups);
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
                VenueOrder replacement = venue.replace(aliases.venueClientOrderId(order.replaces().get()),
                        new VenueReplace(t.quantity(), t.limitPrice(), t.stopPrice(), t.timeInForce(), venueId(order.id())));
                fills.onOrderUpdate(replacement);
                return;
            }
            if (aliases.aliasOf(order.id()).isPresent()) {
                log.info("exit {} is already at Alpaca (in an oco order or alone); not sent again", order.id());
                return;
            }
            Optional<Order> other = pairs.otherExit(order);
            if (other.isPresent()) {
                OrderStatus pairStatus = other.get().status();
                if (pairStatus == OrderStatus.PENDING_NEW || pairStatus == OrderStatus.HELD) {
                    log.info("exit {} waits for risk's decision of its pair {} to go to Alpaca as one oco order",
                            order.id(), other.get().id());
                    return;
                }
                if (pairStatus == OrderStatus.NEW && other.get().filledQuantity().isZero()
                        && aliases.aliasOf(other.get().id()).isEmpty()) {
                    submitOco(order, other.get());
                    return;
                }
            }
            switch (venue.submit(venueTicket(order))) {
                case VenueOutcome.Accepted accepted -> {
                    if (other.isPresent()) {
                        // an exit of a pair that went alone: marked as sent, so it is never paired again
                        aliases.record(accepted.order().clientOrderId(), order.id(), accepted.order().venueOrderId(),
                                null);
                    }
                    fills.onOrderUpdate(accepted.order());
                }
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

    /**
     * Sends two approved exits as one Alpaca oco order (the take-profit carries the client order id) and records the
     * client order ids Alpaca knows them by: the take-profit's own, the stop-loss leg's generated one. The aliases
     * are stored before a trade update of the leg can be resolved ({@link VenueOrderAliases#recording}).
     */
    private void submitOco(Order order, Order other) {
        boolean takeProfitFirst = pairs.roleOf(order).orElseThrow() == LegRole.TAKE_PROFIT;
        Order takeProfit = takeProfitFirst ? order : other;
        Order stopLoss = takeProfitFirst ? other : order;
        VenueOutcome outcome = aliases.recording(() -> {
            VenueOutcome answer = venue.submitOco(venueTicket(takeProfit), venueTicket(stopLoss));
            if (answer instanceof VenueOutcome.Accepted accepted && accepted.legs().size() == 1) {
                VenueOrder leg = accepted.legs().getFirst();
                aliases.record(accepted.order().clientOrderId(), takeProfit.id(), accepted.order().venueOrderId(),
                        stopLoss.id());
                aliases.record(leg.clientOrderId(), stopLoss.id(), leg.venueOrderId(), takeProfit.id());
            }
            return answer;
        });
        switch (outcome) {
            case VenueOutcome.Accepted accepted -> {
                if (accepted.legs().size() != 1) {
                    log.error("Alpaca answered oco order {} with {} legs instead of one; its stop-loss {} stays new here "
                            + "until the reconciliation finds it", takeProfit.id(), accepted.legs().size(), stopLoss.id());
                }
                log.info("exits {} (take-profit) and {} (stop-loss) at Alpaca as one oco order {}", takeProfit.id(),
                        stopLoss.id(), accepted.order().venueOrderId());
                fills.onOrderUpdate(accepted.order());
                accepted.legs().forEach(fills::onOrderUpdate);
            }
            case VenueOutcome.Rejected rejected ->
                    rejectHere(List.of(takeProfit, stopLoss), rejected.reasonCode(), rejected.detail());
        }
    }

    /** Alpaca refused an order that risk approved: {@code rejected} here (canceled if it already has fills). */
    private void rejectHere(Order order, String reasonCode, String detail) {
        rejectHere(List.of(order), reasonCode, detail);
    }

    /** Alpaca refused orders that risk approved, all in one transaction (an oco's two exits end together). */
    private void rejectHere(List<Order> refused, String reasonCode, String detail) {
        List<Order> ended = tx.execute(status -> {
            List<Order> changed = new java.util.ArrayList<>();
            for (Order order : refused) {
                Order locked = orders.lock(order.id()).orElse(null);
                if (locked == null || !(locked.status().isAtVenue() || locked.status() == OrderStatus.PENDING_NEW)) {
                    continue;
                }
                OrderUpdate reject = new OrderUpdate.Reject(reasonCode, detail, clock.instant());
                transitions.apply(locked, locked.allows(reject) ? reject
                        : new OrderUpdate.Cancel(reasonCode + ": " + detail, clock.instant()));
                changed.add(locked);
            }
            return changed;
        });
        for (Order after : ended == null ? List.<Order>of() : ended) {
            metrics.orderEntered(after.status());
            log.warn("order {} {} by Alpaca: {} {}", after.id(), after.status().wire(), reasonCode, detail);
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

    /**
     * Forwards a cancel (to the client order id Alpaca knows the order by). A cancel Alpaca refuses because the order
     * already ended there (an oco's leg that Alpaca canceled with its sibling, say) adopts that end and counts as sent.
     */
    @Override
    public Optional<String> whyNotReplaceable(Order order) {
        if (order.status() == OrderStatus.NEW && pairs.roleOf(order).isPresent()
                && aliases.aliasOf(order.id()).isEmpty()) {
            return Optional.of("exit " + order.id() + " waits here for risk's decision of the other exit, to go to "
                    + "Alpaca with it as one oco order; replace it once it works there");
        }
        return Optional.empty();
    }

    @Override
    public Answer send(Order order) {
        ClientOrderId venueClientOrderId = aliases.venueClientOrderId(order.id());
        try {
            VenueOrder after = venue.cancel(venueClientOrderId);
            fills.onOrderUpdate(after);
            return Answer.SENT;
        } catch (VenueException.UnknownOrder e) {
            return Answer.UNKNOWN_AT_VENUE;
        } catch (VenueException.Refused e) {
            Optional<VenueOrder> there = venue.lookup(venueClientOrderId);
            if (there.isPresent() && there.get().status().isTerminal()) {
                fills.onOrderUpdate(there.get());
                return Answer.SENT;
            }
            return Answer.REFUSED;
        } catch (VenueException.Unavailable e) {
            // the cancel may not have reached Alpaca: the reconciliation forwards it again (pending_cancel here)
            reconciliation.invalidate("Alpaca unreachable while canceling order " + order.id());
            throw e;
        }
    }
}
