package io.tradingsuite.core.orderclass;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.common.validation.ExitPrices;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.order.OrderUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tiny DSL over real orders: an entry (bracket / oto) or an oco pair, with {@link Contingency}'s directives applied
 * after every change exactly as the execution service applies them (each directive's own change is fed back into
 * the rules, so a cascade plays out fully). Counts releases, so tests can check a leg is released at most once.
 */
final class BracketScenario {

    static final Instant T0 = Instant.parse("2025-01-02T14:30:00Z");

    final Order entry;
    final List<Order> legs = new ArrayList<>();
    final List<Order> released = new ArrayList<>();
    private final boolean hasEntry;
    private int trades;

    private BracketScenario(Order entry, boolean hasEntry) {
        this.entry = entry;
        this.hasEntry = hasEntry;
    }

    static OrderTicket ticket(String coid, Side side, OrderType type, int qty, String limit) {
        return new OrderTicket(ClientOrderId.of(coid), Symbol.of("AAPL"), side, type, TimeInForce.GTC,
                Quantity.of(qty), limit == null ? null : Price.of(limit), null, OrderSource.MANUAL, null);
    }

    /** A buy bracket of {@code qty}: entry accepted (working), take-profit at 110, stop-loss at 95, both held. */
    static BracketScenario bracket(int qty) {
        return withEntry(OrderClass.BRACKET, qty, new ExitPrices(Price.of("110.00"), Price.of("95.00"), null));
    }

    static BracketScenario withEntry(OrderClass orderClass, int qty, ExitPrices exits) {
        OrderTicket entryTicket = ticket("e-1", Side.BUY, OrderType.MARKET, qty, null);
        BracketScenario s = new BracketScenario(Order.request(OrderId.of("entry"), AccountId.of("a"), entryTicket, "c", T0),
                true);
        s.entry.apply(new OrderUpdate.Accept(T0));
        for (Legs.Leg leg : Legs.of(orderClass, entryTicket, exits)) {
            s.legs.add(Order.held(OrderId.of(leg.role().wire()), AccountId.of("a"), leg.ticket(), "c", T0));
        }
        return s;
    }

    /** A sell oco of {@code qty}: the take-profit limit (the primary) and the stop-loss, both accepted. */
    static BracketScenario oco(int qty) {
        OrderTicket tp = ticket("o-1", Side.SELL, OrderType.LIMIT, qty, "110.00");
        BracketScenario s = new BracketScenario(null, false);
        s.legs.add(Order.request(OrderId.of("take_profit"), AccountId.of("a"), tp, "c", T0));
        Legs.of(OrderClass.OCO, tp, new ExitPrices(Price.of("110.00"), Price.of("95.00"), null)).forEach(leg ->
                s.legs.add(Order.request(OrderId.of(leg.role().wire()), AccountId.of("a"), leg.ticket(), "c", T0)));
        s.legs.forEach(o -> s.apply(o, new OrderUpdate.Accept(T0)));
        return s;
    }

    Order takeProfit() {
        return legs.stream().filter(o -> o.id().value().equals("take_profit")).findFirst().orElseThrow();
    }

    Order stopLoss() {
        return legs.stream().filter(o -> o.id().value().equals("stop_loss")).findFirst().orElseThrow();
    }

    Fill fill(int qty) {
        trades++;
        return new Fill(TradeId.of("t-" + trades), Quantity.of(qty), Price.of("100.00"), T0.plusSeconds(trades));
    }

    /** Applies {@code update} to {@code order} and plays out the rules; false when the state machine refused it. */
    boolean apply(Order order, OrderUpdate update) {
        OrderDomainEvent event;
        try {
            event = order.apply(update);
        } catch (io.tradingsuite.core.order.InvalidOrderTransition refused) {
            return false;
        }
        if (event instanceof OrderDomainEvent.OrderReleased) {
            released.add(order);
        }
        if (hasEntry && order == entry) {
            for (Contingency.Directive d : Contingency.forEntry(entry, legs, update.at())) {
                apply(d.target(), d.update());
            }
        } else if (legs.contains(order)) {
            Optional<Order> sibling = legs.stream().filter(o -> o != order).findFirst();
            sibling.flatMap(s -> Contingency.forExit(order, event, s, update.at()))
                    .ifPresent(d -> apply(d.target(), d.update()));
        }
        return true;
    }
}
