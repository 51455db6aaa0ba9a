package io.tradingsuite.execution.venue;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.PaperVenue;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.core.venue.VenueFill;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * trading-core's {@link PaperVenue} behind the {@link Venue} port: a self-contained simulated broker that keeps its
 * own book of orders (trading-core {@link Order} aggregates, the one state machine) and matches them with the same
 * fill model the service's {@link PaperExecution} uses, against the quotes it is given ({@link #onQuote}). An order is
 * acknowledged at once and matched against the latest quote of its symbol; resting orders are matched on every quote.
 * Cancels and replaces are confirmed at once, as on the paper path of the order service.
 *
 * <p>The service's own paper path ({@code ts.execution.venue=paper}) keeps working orders in the order table through
 * {@link PaperExecution}; this adapter is the same venue seen from outside, so that the venue contract holds for the
 * paper venue and for Alpaca alike. In memory; thread-safe (one lock).
 */
public class PaperVenueAdapter implements Venue {

    private static final AccountId VENUE_ACCOUNT = AccountId.of("paper-venue");

    private final PaperVenue venue;
    private final Clock clock;
    private final Map<ClientOrderId, Order> orders = new LinkedHashMap<>();
    private final Map<Symbol, Quote> quotes = new LinkedHashMap<>();
    private final List<VenueListener> listeners = new CopyOnWriteArrayList<>();
    private int sequence;

    public PaperVenueAdapter(PaperVenue venue, Clock clock) {
        this.venue = venue;
        this.clock = clock;
    }

    @Override
    public String name() {
        return PaperVenue.NAME;
    }

    @Override
    public VenueOutcome submit(OrderTicket ticket) {
        List<VenueExecution> fills;
        Order order;
        synchronized (this) {
            Order existing = orders.get(ticket.clientOrderId());
            if (existing != null) {
                return new VenueOutcome.Accepted(view(existing));
            }
            order = accept(ticket, null);
            fills = match(order);
        }
        deliver(fills);
        return new VenueOutcome.Accepted(view(order));
    }

    private Order accept(OrderTicket ticket, OrderId replaces) {
        Instant now = clock.instant();
        Order order = Order.replacement(OrderId.of("paper-" + (++sequence)), VENUE_ACCOUNT, ticket, null, now, replaces);
        order.apply(new OrderUpdate.Accept(now));
        orders.put(ticket.clientOrderId(), order);
        return order;
    }

    /** A new quote: remember it and match every working order on its symbol. */
    public void onQuote(Quote quote) {
        List<VenueExecution> fills = new ArrayList<>();
        synchronized (this) {
            quotes.put(quote.symbol(), quote);
            for (Order order : orders.values()) {
                if (order.ticket().symbol().equals(quote.symbol())) {
                    fills.addAll(match(order));
                }
            }
        }
        deliver(fills);
    }

    private List<VenueExecution> match(Order order) {
        Quote latest = quotes.get(order.ticket().symbol());
        if (latest == null || !order.status().isWorking()) {
            return List.of();
        }
        Instant now = clock.instant();
        Quote current = new Quote(latest.symbol(), latest.bid(), latest.ask(), latest.bidSize(), latest.askSize(), now);
        if (venue.stopReached(order, current)) {
            order.apply(new OrderUpdate.StopTriggered(now));
        }
        List<VenueExecution> executions = new ArrayList<>();
        for (VenueFill fill : venue.match(order, current, null)) {
            Fill applied = fill.toFill();
            order.apply(applied);
            executions.add(new VenueExecution(applied.tradeId(), order.ticket().clientOrderId(), order.id().value(),
                    applied.quantity(), applied.price(), applied.at()));
        }
        if (order.status().isWorking() && PaperVenue.cancelsRemainder(order.ticket())) {
            order.apply(new OrderUpdate.Cancel(order.ticket().timeInForce().wire() + ": remainder canceled", now));
        }
        return executions;
    }

    private void deliver(List<VenueExecution> fills) {
        for (VenueExecution fill : fills) {
            for (VenueListener listener : listeners) {
                listener.onFill(fill);
            }
        }
    }

    @Override
    public synchronized VenueOrder cancel(ClientOrderId clientOrderId) {
        Order order = known(clientOrderId);
        if (order.status() != OrderStatus.NEW && order.status() != OrderStatus.PARTIALLY_FILLED) {
            throw new VenueException.Refused("order " + clientOrderId + " is " + order.status().wire());
        }
        Instant now = clock.instant();
        order.apply(new OrderUpdate.RequestCancel(now));
        order.apply(new OrderUpdate.Cancel("canceled by the owner", now));
        return view(order);
    }

    @Override
    public VenueOrder replace(ClientOrderId clientOrderId, VenueReplace changes) {
        Order replacement;
        List<VenueExecution> fills;
        synchronized (this) {
            Order original = known(clientOrderId);
            if (original.status() != OrderStatus.NEW && original.status() != OrderStatus.PARTIALLY_FILLED) {
                throw new VenueException.Refused("order " + clientOrderId + " is " + original.status().wire());
            }
            Order existing = orders.get(changes.clientOrderId());
            if (existing != null) {
                if (existing.replaces().equals(Optional.of(original.id()))) {
                    return view(existing);
                }
                throw new VenueException.Refused("client order id " + changes.clientOrderId() + " is already used");
            }
            OrderTicket old = original.ticket();
            OrderTicket ticket = new OrderTicket(changes.clientOrderId(), old.symbol(), old.side(), old.type(),
                    changes.timeInForce() != null ? changes.timeInForce() : old.timeInForce(),
                    changes.quantity() != null ? changes.quantity() : original.leavesQuantity(),
                    changes.limitPrice() != null ? changes.limitPrice() : old.limitPrice(),
                    changes.stopPrice() != null ? changes.stopPrice() : old.stopPrice(), old.source(), old.botId());
            Instant now = clock.instant();
            original.apply(new OrderUpdate.RequestReplace(now));
            replacement = accept(ticket, original.id());
            original.apply(new OrderUpdate.Replaced(replacement.id(), replacement.ticket().clientOrderId(), now));
            fills = match(replacement);
        }
        deliver(fills);
        return view(replacement);
    }

    @Override
    public synchronized Optional<VenueOrder> lookup(ClientOrderId clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId)).map(this::view);
    }

    @Override
    public synchronized List<VenueOrder> openOrders() {
        return orders.values().stream().filter(o -> !o.status().isTerminal()).map(this::view).toList();
    }

    @Override
    public synchronized List<VenuePosition> positions() {
        Map<Symbol, Quantity> net = new LinkedHashMap<>();
        for (Order order : orders.values()) {
            if (order.filledQuantity().isPositive()) {
                Quantity signed = order.ticket().side().sign() > 0 ? order.filledQuantity()
                        : order.filledQuantity().negate();
                net.merge(order.ticket().symbol(), signed, Quantity::plus);
            }
        }
        return net.entrySet().stream().filter(e -> !e.getValue().isZero())
                .map(e -> new VenuePosition(e.getKey(), e.getValue(), null)).toList();
    }

    @Override
    public void subscribe(VenueListener listener) {
        listeners.add(listener);
    }

    private Order known(ClientOrderId clientOrderId) {
        Order order = orders.get(clientOrderId);
        if (order == null) {
            throw new VenueException.UnknownOrder("the paper venue has no order " + clientOrderId);
        }
        return order;
    }

    private VenueOrder view(Order order) {
        OrderTicket t = order.ticket();
        String replaces = order.replaces().map(OrderId::value).orElse(null);
        String replacedBy = order.replacedBy().map(OrderId::value).orElse(null);
        return new VenueOrder(order.id().value(), t.clientOrderId(), t.symbol(), t.side(), t.type(), t.quantity(),
                order.filledQuantity(), order.averageFillPrice().orElse(null), t.limitPrice(), t.stopPrice(),
                order.status(), replaces, replacedBy);
    }
}
