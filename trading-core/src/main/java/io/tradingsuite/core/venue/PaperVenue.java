package io.tradingsuite.core.venue;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.order.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The paper venue's matching and fill model: a pure function of (order, current quote) to fills. It keeps no state;
 * the caller keeps the latest quote per symbol and calls {@link #match} for every working order when a quote
 * arrives, and once when an order starts working (an order that arrives with no quote waits for the first one).
 *
 * <p>Rules (S = slippage in basis points, configurable; prices rounded to the tick <em>against</em> the order, i.e.
 * up for buys and down for sells, so slippage is never rounded away):
 * <ul>
 *   <li><b>market</b>: a buy fills at {@code ceilTick(ask x (1 + S/10000))}, a sell at
 *       {@code floorTick(bid x (1 - S/10000))}.</li>
 *   <li><b>limit</b>: a buy fills when {@code ask <= limit}, at {@code min(limit, market buy price)}; a sell fills
 *       when {@code bid >= limit}, at {@code max(limit, market sell price)}. Slippage applies but never breaks the
 *       limit.</li>
 *   <li><b>stop</b>: a buy triggers when {@code ask >= stop}, a sell when {@code bid <= stop}, then fills like a
 *       market order. <b>stop_limit</b>: triggers like a stop and fills like a limit on the same quote. The trigger is
 *       evaluated per quote (not remembered), a documented simplification.</li>
 *   <li><b>quantity</b>: the open quantity, capped by the displayed size on the side traded against (ask size for a
 *       buy, bid size for a sell) when that size is known and positive; the rest waits for the next quote.</li>
 *   <li><b>trade id</b>: {@code <orderId>-<n>} where n is the fill's sequence number (1, 2, ...); if that is longer
 *       than a {@link TradeId} allows, a name-based UUID of it. A redelivered quote on the same order state thus
 *       produces the same trade id, and the consumer's unique trade id rejects the duplicate.</li>
 *   <li>time in force is not simulated (ioc/fok behave like day); trailing stops are not supported (refused by
 *       validation before they get here) and never fill.</li>
 * </ul>
 */
public final class PaperVenue {

    /** The venue name carried on fills. */
    public static final String NAME = "paper";
    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    private final BigDecimal slippageBps;
    private final TickSizes tickSizes;

    public PaperVenue(BigDecimal slippageBps, TickSizes tickSizes) {
        this.slippageBps = Objects.requireNonNull(slippageBps, "slippageBps");
        this.tickSizes = Objects.requireNonNull(tickSizes, "tickSizes");
        if (slippageBps.signum() < 0) {
            throw new IllegalArgumentException("slippage must not be negative, was " + slippageBps);
        }
    }

    public BigDecimal slippageBps() {
        return slippageBps;
    }

    /**
     * The fills of {@code order} against {@code quote}: empty unless the order is working, on the quote's symbol and
     * marketable now; otherwise one fill of at most the open quantity.
     */
    public List<VenueFill> match(Order order, Quote quote) {
        OrderTicket ticket = order.ticket();
        if (!order.status().isWorking() || !ticket.symbol().equals(quote.symbol())) {
            return List.of();
        }
        Optional<Price> price = executionPrice(ticket, quote);
        if (price.isEmpty()) {
            return List.of();
        }
        Quantity quantity = order.leavesQuantity();
        Quantity displayed = ticket.side() == Side.BUY ? quote.askSize() : quote.bidSize();
        if (displayed != null && displayed.isPositive()) {
            quantity = quantity.min(displayed);
        }
        int sequence = order.fillCount() + 1;
        Price touch = ticket.side() == Side.BUY ? quote.ask() : quote.bid();
        return List.of(new VenueFill(tradeId(order.id(), sequence), sequence, quantity, price.get(), touch, quote.at()));
    }

    /** The price this order would trade at on this quote, or empty when it is not marketable. */
    Optional<Price> executionPrice(OrderTicket ticket, Quote quote) {
        boolean buy = ticket.side() == Side.BUY;
        Price market = buy ? withSlippage(quote.ask(), true, ticket) : withSlippage(quote.bid(), false, ticket);
        return switch (ticket.type()) {
            case MARKET -> Optional.of(market);
            case LIMIT -> limitPrice(ticket, quote, market);
            case STOP -> triggered(ticket, quote) ? Optional.of(market) : Optional.empty();
            case STOP_LIMIT -> triggered(ticket, quote) ? limitPrice(ticket, quote, market) : Optional.empty();
            case TRAILING_STOP -> Optional.empty();
        };
    }

    private static Optional<Price> limitPrice(OrderTicket ticket, Quote quote, Price market) {
        Price limit = Objects.requireNonNull(ticket.limitPrice(), "limit price of a " + ticket.type().wire() + " order");
        if (ticket.side() == Side.BUY) {
            return quote.ask().isAbove(limit) ? Optional.empty() : Optional.of(market.isAbove(limit) ? limit : market);
        }
        return quote.bid().isBelow(limit) ? Optional.empty() : Optional.of(market.isBelow(limit) ? limit : market);
    }

    private static boolean triggered(OrderTicket ticket, Quote quote) {
        Price stop = Objects.requireNonNull(ticket.stopPrice(), "stop price of a " + ticket.type().wire() + " order");
        return ticket.side() == Side.BUY ? !quote.ask().isBelow(stop) : !quote.bid().isAbove(stop);
    }

    /** The touch moved by the slippage against the order and rounded to the tick against the order. */
    private Price withSlippage(Price touch, boolean buy, OrderTicket ticket) {
        BigDecimal factor = buy ? BigDecimal.ONE.add(slippageBps.divide(BPS))
                : BigDecimal.ONE.subtract(slippageBps.divide(BPS));
        BigDecimal raw = touch.value().multiply(factor);
        BigDecimal tick = tickSizes.tickFor(ticket.symbol(), raw);
        BigDecimal ticks = raw.divide(tick, 0, buy ? RoundingMode.CEILING : RoundingMode.FLOOR);
        BigDecimal rounded = ticks.multiply(tick);
        return Price.of(rounded.signum() > 0 ? rounded : tick);
    }

    /** Deterministic trade id of the {@code sequence}-th fill of an order. */
    public static TradeId tradeId(OrderId orderId, int sequence) {
        String candidate = orderId.value() + "-" + sequence;
        if (TradeId.isValid(candidate)) {
            return TradeId.of(candidate);
        }
        return TradeId.of(UUID.nameUUIDFromBytes(candidate.getBytes(StandardCharsets.UTF_8)).toString());
    }
}
