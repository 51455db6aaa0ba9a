package io.tradingsuite.execution.orderclass;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.validation.ExitPrices;
import io.tradingsuite.common.validation.ValidatedOrder;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidatedClassOrder;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.orderclass.LegRole;
import io.tradingsuite.core.orderclass.Legs;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderEntry;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.Placement;
import io.tradingsuite.execution.venue.QuoteBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Places a bracket, oco or oto order: the primary order goes the way of every manual order ({@link OrderEntry}:
 * recorded {@code pending_new}, {@code OrderRequested} to risk, the short decision wait) and in the same transaction
 * its legs are recorded, marked with the group ({@code group_id} = the primary's id): a bracket's take-profit and
 * stop-loss and an oto's one exit {@code held} (released by {@link ContingentOrders} when the entry ends), an oco's
 * stop-loss {@code pending_new} with its own {@code OrderRequested} (both exits work at once). The legs' client order
 * ids are the primary's plus {@code -tp} / {@code -sl}. On Alpaca the group's orders go to the broker as simple orders
 * and a pair of exits as one Alpaca {@code oco} order ({@code AlpacaRouting}).
 * <p>
 * A market entry's exits are checked against the price it is expected to fill at, the touch of the latest quote (ask
 * for a buy entry, bid for a sell; Alpaca checks them against its "base price" the same way): a buy bracket / oto
 * needs {@code take_profit.limit_price} above and {@code stop_loss.stop_price} below it, a sell one the reverse
 * ({@code VALIDATION_EXIT_PRICES}); without a quote of the symbol yet the request is refused on {@code type}. A
 * repeated client order id answers the existing order unchecked (the price may have moved since it was placed).
 */
@Service
public class OrderClassEntry {

    private final OrderEntry entry;
    private final OrderRepository orders;
    private final OrderGroupRepository groups;
    private final Outbox outbox;
    private final ExecutionMetrics metrics;
    private final QuoteBook quotes;

    public OrderClassEntry(OrderEntry entry, OrderRepository orders, OrderGroupRepository groups, Outbox outbox,
            ExecutionMetrics metrics, QuoteBook quotes) {
        this.quotes = quotes;
        this.entry = entry;
        this.orders = orders;
        this.groups = groups;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /** Places a validated order of class bracket, oco or oto for {@code account}; the primary as it stands after the wait. */
    public Placement place(AccountId account, ValidatedClassOrder validated) {
        OrderClass orderClass = validated.orderClass();
        if (orderClass == OrderClass.SIMPLE) {
            throw new IllegalArgumentException("a simple order has no legs");
        }
        ClientOrderId chosen = validated.order().clientOrderId();
        boolean repeat = chosen != null && orders.findByClientOrderId(account, chosen).isPresent();
        if (!repeat && orderClass.hasEntry() && validated.order().type() == OrderType.MARKET) {
            checkAgainstTouch(validated.order(), validated.exits());
        }
        if (chosen != null && !repeat) {
            List<FieldViolation> taken = new ArrayList<>();
            for (LegRole role : LegRole.values()) {
                ClientOrderId leg = Legs.clientOrderId(chosen, role);
                if (orders.findByClientOrderId(account, leg).isPresent()) {
                    taken.add(FieldViolation.of("client_order_id", ErrorCode.VALIDATION_FORMAT,
                            "client_order_id " + leg + " (for the " + role.wire() + " leg) is already used"));
                }
            }
            if (!taken.isEmpty()) {
                throw new ValidationException(taken);
            }
        }
        List<OrderStatus> recorded = new ArrayList<>();
        Placement placement = entry.place(account, validated.order(), (primary, at) -> {
            groups.mark(primary.id(), orderClass, primary.id(), null);
            for (Legs.Leg leg : Legs.of(orderClass, primary.ticket(), validated.exits())) {
                recorded.add(recordLeg(primary, orderClass, leg, at));
            }
        });
        if (placement.created()) {
            recorded.forEach(metrics::orderEntered);
        }
        return placement;
    }

    /** A market entry's exits on the right sides of the touch it is expected to fill at (see the class comment). */
    private void checkAgainstTouch(ValidatedOrder entryOrder, ExitPrices exits) {
        Quote quote = quotes.latest(entryOrder.symbol()).orElseThrow(() -> new ValidationException(List.of(
                FieldViolation.of("type", ErrorCode.VALIDATION_EXIT_PRICES, "no quote of " + entryOrder.symbol()
                        + " yet to check a market entry's exits against; use a limit entry or retry"))));
        boolean buying = entryOrder.side() == Side.BUY;
        Price touch = buying ? quote.ask() : quote.bid();
        String touchName = buying ? "the ask " : "the bid ";
        List<FieldViolation> violations = new ArrayList<>();
        Price takeProfit = exits.takeProfitLimit();
        if (takeProfit != null && (buying ? !takeProfit.isAbove(touch) : !takeProfit.isBelow(touch))) {
            violations.add(FieldViolation.of("take_profit.limit_price", ErrorCode.VALIDATION_EXIT_PRICES,
                    "take_profit.limit_price " + takeProfit + " must be " + (buying ? "above " : "below ")
                            + touchName + touch + " of " + entryOrder.symbol() + " the market entry fills at"));
        }
        Price stop = exits.stopLossStop();
        if (stop != null && (buying ? !stop.isBelow(touch) : !stop.isAbove(touch))) {
            violations.add(FieldViolation.of("stop_loss.stop_price", ErrorCode.VALIDATION_EXIT_PRICES,
                    "stop_loss.stop_price " + stop + " must be " + (buying ? "below " : "above ")
                            + touchName + touch + " of " + entryOrder.symbol() + " the market entry fills at"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private OrderStatus recordLeg(Order primary, OrderClass orderClass, Legs.Leg leg, Instant at) {
        OrderId id = OrderId.of(UUID.randomUUID().toString());
        OrderTicket ticket = leg.ticket();
        if (orderClass.hasEntry()) {
            orders.insert(Order.held(id, primary.accountId(), ticket, primary.correlationId(), at), null);
            groups.mark(id, orderClass, primary.id(), leg.role());
            return OrderStatus.HELD;
        }
        UUID requestId = UUID.randomUUID();
        orders.insert(Order.request(id, primary.accountId(), ticket, primary.correlationId(), at), requestId);
        groups.mark(id, orderClass, primary.id(), leg.role());
        // an oco's stop-loss: paired with the take-profit (the primary), so risk counts the two exits once
        outbox.publish(OrderRequested.exit(requestId, at, primary.correlationId(), primary.accountId(), ticket,
                primary.ticket().clientOrderId(), null));
        return OrderStatus.PENDING_NEW;
    }
}
