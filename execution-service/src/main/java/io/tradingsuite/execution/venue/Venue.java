package io.tradingsuite.execution.venue;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import java.util.List;
import java.util.Optional;

/**
 * The port to a venue (a broker or the paper simulator): what the execution service asks of it and what it answers.
 * Orders are named by our client order id, which the venue keeps: submitting the same client order id twice never
 * creates a second order (the second call answers the first order). Fills arrive asynchronously through the
 * {@link VenueListener}s, each exactly once per trade id.
 *
 * <p>Errors: {@link VenueException.UnknownOrder} for an order the venue does not know,
 * {@link VenueException.Refused} when the venue refuses a cancel or replace (the order is done, for example), and
 * {@link VenueException.Unavailable} when it cannot be reached after the bounded retries.
 */
public interface Venue {

    /** Short name carried on fills ({@code paper}, {@code alpaca}). */
    String name();

    /** Places an order; idempotent on {@code ticket.clientOrderId()}. */
    VenueOutcome submit(OrderTicket ticket);

    /**
     * Places two exits of one position as one order-cancels-order pair: the {@code takeProfit} limit order (whose
     * client order id the pair carries) and the {@code stopLoss} stop or stop-limit order, same symbol, side, quantity
     * and time in force; a fill of either reduces or cancels the other at the venue. Answers the take-profit order
     * with the stop-loss as its one leg; idempotent on the take-profit's client order id. A venue without such
     * orders refuses ({@link VenueException.Refused}).
     */
    default VenueOutcome submitOco(OrderTicket takeProfit, OrderTicket stopLoss) {
        throw new VenueException.Refused(name() + " has no oco orders");
    }

    /** Asks the venue to cancel a working order; answers the order as the venue then reports it. */
    VenueOrder cancel(ClientOrderId clientOrderId);

    /**
     * Replaces a working order: the venue answers the new order, whose {@link VenueOrder#replaces()} names the old
     * one (which then reports {@code replaced} with {@link VenueOrder#replacedBy()}).
     */
    VenueOrder replace(ClientOrderId clientOrderId, VenueReplace changes);

    /** The order with this client order id, if the venue knows it. */
    Optional<VenueOrder> lookup(ClientOrderId clientOrderId);

    /** Every order the venue is working. */
    List<VenueOrder> openOrders();

    /** The venue's positions, signed (negative = short). */
    List<VenuePosition> positions();

    /** Fills (and order updates) from now on are delivered to {@code listener}. */
    void subscribe(VenueListener listener);
}
