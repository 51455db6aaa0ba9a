package io.tradingsuite.execution.venue.alpaca;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderScope;
import io.tradingsuite.execution.venue.Venue;
import io.tradingsuite.execution.venue.VenueException;
import io.tradingsuite.execution.venue.VenueExecution;
import io.tradingsuite.execution.venue.VenueFills;
import io.tradingsuite.execution.venue.VenueOrder;
import io.tradingsuite.execution.venue.VenuePosition;
import io.tradingsuite.execution.venue.VenueOrderAliases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings our order table and Alpaca into agreement when the Alpaca venue starts (and again after Alpaca was
 * unreachable). Until it has succeeded, {@link #ready()} is false and {@link AlpacaRouting} sends no order (approved
 * orders are canceled with reason {@code VENUE_NOT_RECONCILED}); the state is the {@code alpacaVenue} health
 * indicator, the gauge {@code ts.execution.venue.reconciled} and log lines.
 *
 * <p>Steps: fetch Alpaca's open orders ({@code GET /v2/orders?status=open}) and positions ({@code GET /v2/positions});
 * then for every order working here:
 * <ul>
 *   <li>Alpaca has it (open, or found by {@code client_order_id}): its state is adopted — fills Alpaca reports beyond
 *       ours are applied as one fill of the difference (trade id derived from Alpaca's order id and filled quantity,
 *       price = the exact notional difference / quantity, 8 decimals half-even), and an order Alpaca has canceled,
 *       expired, rejected or replaced ends here too;</li>
 *   <li>Alpaca does not have it: a {@code new} order with nothing filled is sent again (we stopped between approval
 *       and submission; the client order id keeps it single), anything else is canceled here;</li>
 *   <li>it is {@code pending_cancel} here and still open there (the cancel did not get through): the cancel is
 *       forwarded again.</li>
 * </ul>
 * Flagged, not adopted (they need an operator; listed in the health details and logged): Alpaca's open orders that
 * are not ours or closed here, orders where Alpaca reports less filled than we do, and positions that differ from the
 * net of our Alpaca fills.
 */
public class AlpacaReconciliation {

    private static final Logger log = LoggerFactory.getLogger(AlpacaReconciliation.class);
    private static final int MAX_LOCAL_ORDERS = 10_000;

    /** Where the reconciliation stands. */
    public enum State {
        RECONCILING,
        READY,
        FAILED
    }

    /** What the last successful run did. */
    public record Result(Instant at, int adopted, List<String> unknownAtVenue, List<String> flagged,
            Map<String, String> positionMismatches) {
    }

    private final Venue venue;
    private final OrderRepository orders;
    private final VenueFills fills;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile State state = State.RECONCILING;
    private volatile String reason = "startup reconciliation has not run yet";
    private volatile Result last;
    private volatile Consumer<Order> resubmit = order -> {
    };

    private final VenueOrderAliases aliases;

    public AlpacaReconciliation(Venue venue, OrderRepository orders, VenueFills fills, TransactionTemplate tx,
            Clock clock, VenueOrderAliases aliases) {
        this.aliases = aliases;
        this.venue = venue;
        this.orders = orders;
        this.fills = fills;
        this.tx = tx;
        this.clock = clock;
    }

    /** Who re-sends an order Alpaca does not have (the routing; set once at wiring). */
    public void resubmitWith(Consumer<Order> resubmit) {
        this.resubmit = resubmit;
    }

    public boolean ready() {
        return state == State.READY;
    }

    public State state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public Optional<Result> lastResult() {
        return Optional.ofNullable(last);
    }

    /** Orders are held again until the next run succeeds. */
    public void invalidate(String why) {
        state = State.RECONCILING;
        reason = why;
        log.warn("Alpaca reconciliation needed again: {}", why);
    }

    /** Runs the reconciliation unless it already succeeded. */
    public void runIfNeeded() {
        if (state != State.READY) {
            run();
        }
    }

    /** Runs the reconciliation; never throws (a failure is the {@link State#FAILED} state with its reason). */
    public synchronized void run() {
        state = State.RECONCILING;
        reason = "reconciling with Alpaca";
        try {
            Result result = reconcile();
            last = result;
            reason = result.unknownAtVenue().isEmpty() && result.flagged().isEmpty()
                    && result.positionMismatches().isEmpty() ? "matched" : "matched with flagged differences";
            state = State.READY;
            log.info("Alpaca reconciliation done: {} adopted, {} unknown at Alpaca {}, flagged {}, position "
                    + "mismatches {}", result.adopted(), result.unknownAtVenue().size(), result.unknownAtVenue(),
                    result.flagged(), result.positionMismatches());
        } catch (VenueException | org.springframework.dao.DataAccessException e) {
            state = State.FAILED;
            reason = "reconciliation failed: " + e.getMessage();
            log.error("Alpaca reconciliation failed; orders are held: {}", e.getMessage());
        }
    }

    private Result reconcile() {
        List<VenueOrder> open = venue.openOrders();
        List<VenuePosition> positions = venue.positions();
        Map<String, VenueOrder> openByClientId = new HashMap<>();
        open.forEach(o -> openByClientId.put(o.clientOrderId().value(), o));
        List<String> unknown = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (VenueOrder o : open) {
            Optional<Order> ours = aliases.resolve(o.clientOrderId()).flatMap(this::load);
            if (ours.isEmpty()) {
                unknown.add(o.clientOrderId() + " (" + o.venueOrderId() + ", " + o.side().wire() + " " + o.quantity()
                        + " " + o.symbol() + ")");
            } else if (ours.get().status().isTerminal()) {
                flagged.add(o.clientOrderId() + ": " + ours.get().status().wire() + " here, "
                        + o.status().wire() + " at Alpaca");
            }
        }
        int adopted = 0;
        for (OrderId id : orders.openOrderIds(new OrderScope.Global(), MAX_LOCAL_ORDERS)) {
            Order order = load(id).orElse(null);
            if (order == null || !order.status().isAtVenue()) {
                continue;
            }
            ClientOrderId venueId = aliases.venueClientOrderId(order.id());
            VenueOrder theirs = openByClientId.get(venueId.value());
            if (theirs == null) {
                theirs = venue.lookup(venueId).orElse(null);
            }
            if (theirs == null) {
                if (order.status() == OrderStatus.NEW && order.filledQuantity().isZero()) {
                    log.info("order {} is new here but not at Alpaca: sending it", order.id());
                    resubmit.accept(order);
                } else {
                    fills.onOrderUpdate(new VenueOrder(venueId.value(), venueId, order.ticket().symbol(),
                            order.ticket().side(), order.ticket().type(), order.ticket().quantity(),
                            order.filledQuantity(), null, null, null, OrderStatus.CANCELED, null, null));
                }
                adopted++;
                continue;
            }
            if (adopt(order, theirs, flagged)) {
                adopted++;
            }
            if (order.status() == OrderStatus.PENDING_CANCEL && theirs.status().isAtVenue()) {
                forwardCancelAgain(order, venueId);
                adopted++;
            }
        }
        return new Result(clock.instant(), adopted, List.copyOf(unknown), List.copyOf(flagged),
                positionMismatches(positions));
    }

    /**
     * An order whose cancel was asked here while Alpaca could not be reached is still open there: the cancel is sent
     * again (its confirmation ends the order here, as for any forwarded cancel).
     */
    private void forwardCancelAgain(Order order, ClientOrderId venueId) {
        try {
            log.info("order {} is pending_cancel here and open at Alpaca: forwarding its cancel again", order.id());
            fills.onOrderUpdate(venue.cancel(venueId));
        } catch (VenueException.Refused | VenueException.UnknownOrder e) {
            log.warn("forwarding the cancel of order {} again was refused: {}", order.id(), e.getMessage());
        }
    }

    /** Adopts Alpaca's fills and ending of one of our orders; true when something changed. */
    private boolean adopt(Order order, VenueOrder theirs, List<String> flagged) {
        boolean changed = false;
        int cmp = theirs.filledQuantity().compareTo(order.filledQuantity());
        if (cmp < 0) {
            flagged.add(order.id() + ": filled " + order.filledQuantity() + " here, " + theirs.filledQuantity()
                    + " at Alpaca");
        } else if (cmp > 0 && theirs.filledAvgPrice() != null) {
            Quantity missing = theirs.filledQuantity().minus(order.filledQuantity());
            BigDecimal theirNotional = theirs.filledAvgPrice().value().multiply(theirs.filledQuantity().value());
            BigDecimal price = theirNotional.subtract(order.filledNotional().value())
                    .divide(missing.value(), Price.MAX_SCALE, RoundingMode.HALF_EVEN);
            String key = theirs.venueOrderId() + "/reconciled/" + theirs.filledQuantity().toJson();
            TradeId tradeId = TradeId.of(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
            log.info("order {}: adopting {} filled at Alpaca while we were not listening", order.id(), missing);
            fills.onFill(new VenueExecution(tradeId, theirs.clientOrderId(), theirs.venueOrderId(), missing,
                    Price.of(price), clock.instant()));
            changed = true;
        }
        switch (theirs.status()) {
            case CANCELED, EXPIRED, REJECTED -> {
                fills.onOrderUpdate(theirs);
                changed = true;
            }
            // done for the day there, or working again there while done_for_day here (anything else: no change)
            case DONE_FOR_DAY, NEW, PARTIALLY_FILLED -> fills.onOrderUpdate(theirs);
            case REPLACED -> {
                fills.onOrderUpdate(new VenueOrder(theirs.venueOrderId(), theirs.clientOrderId(), theirs.symbol(),
                        theirs.side(), theirs.type(), theirs.quantity(), theirs.filledQuantity(),
                        theirs.filledAvgPrice(), theirs.limitPrice(), theirs.stopPrice(), OrderStatus.CANCELED, null,
                        theirs.replacedBy()));
                changed = true;
            }
            default -> {
            }
        }
        return changed;
    }

    private Map<String, String> positionMismatches(List<VenuePosition> positions) {
        Map<Symbol, Quantity> ours = new TreeMap<>(orders.netFilledQuantities(AlpacaVenue.NAME));
        Map<Symbol, Quantity> theirs = new TreeMap<>();
        positions.forEach(p -> theirs.put(p.symbol(), p.quantity()));
        Map<String, String> mismatches = new LinkedHashMap<>();
        TreeSet<Symbol> symbols = new TreeSet<>(ours.keySet());
        symbols.addAll(theirs.keySet());
        for (Symbol symbol : symbols) {
            Quantity here = ours.getOrDefault(symbol, Quantity.ZERO);
            Quantity there = theirs.getOrDefault(symbol, Quantity.ZERO);
            if (here.compareTo(there) != 0) {
                mismatches.put(symbol.value(), "fills here " + here + ", position at Alpaca " + there);
            }
        }
        return mismatches;
    }

    private Optional<Order> load(OrderId id) {
        return Optional.ofNullable(tx.execute(status -> orders.lock(id).orElse(null)));
    }
}
