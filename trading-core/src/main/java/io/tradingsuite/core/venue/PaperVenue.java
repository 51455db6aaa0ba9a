package io.tradingsuite.core.venue;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.order.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import io.tradingsuite.common.types.TimeInForce;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 *       market order. <b>stop_limit</b>: triggers like a stop and fills like a limit. Once triggered
 *       ({@link #stopReached}, recorded on the order as {@code StopTriggered}) the trigger is remembered: the order
 *       keeps working as a market/limit order even if the price moves back.</li>
 *   <li><b>quantity</b>: the open quantity, capped by the displayed size on the side traded against (ask size for a
 *       buy, bid size for a sell) when that size is known and positive, and by the caller's participation cap (a share
 *       of the last bar's volume, see {@link #participationCap}); the rest waits for the next quote.</li>
 *   <li><b>time in force</b>: {@code fok} fills only when the whole open quantity is available now (else nothing:
 *       the caller cancels it); {@code ioc} fills what is available now and the caller cancels the rest
 *       ({@link #cancelsRemainder}); day/gtc rest (day expiry is the caller's market clock).</li>
 *   <li><b>auctions</b> ({@link #auction}): on a market with sessions, an {@code opg} order waits for the first
 *       quote at or after the next session open and a {@code cls} order for the session close; there it is matched
 *       once, uncapped by displayed size and participation (an auction crosses everything at one price), at the
 *       opening quote / the last quote before the close, and the caller cancels what did not fill. On an always-open
 *       market there are no auctions: {@code opg}/{@code cls} work like {@code day}.</li>
 *   <li><b>acknowledgement latency</b>: an accepted order is not matched before {@code submittedAt + ackLatency}
 *       ({@link #acknowledged}).</li>
 *   <li><b>trade id</b>: {@code <orderId>-<n>} where n is the fill's sequence number (1, 2, ...); if that is longer
 *       than a {@link TradeId} allows, a name-based UUID of it. A redelivered quote on the same order state thus
 *       produces the same trade id, and the consumer's unique trade id rejects the duplicate.</li>
 *   <li><b>trailing_stop</b>: while working and not triggered, the watermark follows the market in the order's
 *       favour ({@link #trailWatermark}: the highest bid for a sell, the lowest ask for a buy, recorded on the order as
 *       {@code TrailMoved}); the stop price is the watermark minus (sell) or plus (buy) the trail price, or the
 *       watermark x (1 -/+ trail percent / 100), rounded to the tick away from the market ({@link #trailingStopPrice}).
 *       It triggers like a stop against that price and then fills like a market order.</li>
 * </ul>
 */
public final class PaperVenue {

    /** The venue name carried on fills. */
    public static final String NAME = "paper";
    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal slippageBps;
    private final TickSizes tickSizes;
    private final Duration ackLatency;

    public PaperVenue(BigDecimal slippageBps, TickSizes tickSizes) {
        this(slippageBps, tickSizes, Duration.ZERO);
    }

    public PaperVenue(BigDecimal slippageBps, TickSizes tickSizes, Duration ackLatency) {
        this.slippageBps = Objects.requireNonNull(slippageBps, "slippageBps");
        this.tickSizes = Objects.requireNonNull(tickSizes, "tickSizes");
        this.ackLatency = Objects.requireNonNull(ackLatency, "ackLatency");
        if (slippageBps.signum() < 0) {
            throw new IllegalArgumentException("slippage must not be negative, was " + slippageBps);
        }
        if (ackLatency.isNegative()) {
            throw new IllegalArgumentException("acknowledgement latency must not be negative, was " + ackLatency);
        }
    }

    public Duration ackLatency() {
        return ackLatency;
    }

    /** True when the venue has acknowledged the order at {@code at}: it was submitted at least the latency ago. */
    public boolean acknowledged(Order order, Instant at) {
        return order.submittedAt().map(s -> !s.plus(ackLatency).isAfter(at)).orElse(false);
    }

    /** What an auction order ({@code opg}/{@code cls}) should do now. */
    public enum AuctionStep {
        /** Not an auction order, or no auctions on this market: work it like any other order. */
        NONE,
        /** Its auction has not come yet: do not match it. */
        WAIT,
        /** Its auction is now: {@link #auctionMatch match it once}, then cancel the remainder. */
        CROSS
    }

    /**
     * The auction step of an order at {@code at}: {@code opg} crosses at the first quote at or after the first
     * session open after it was submitted; {@code cls} at the close of the session it was submitted in (or the next
     * one). {@link AuctionStep#NONE} for other time-in-force values, orders not yet submitted and always-open markets.
     */
    public static AuctionStep auction(Order order, MarketClock market, Instant at) {
        TimeInForce tif = order.ticket().timeInForce();
        if ((tif != TimeInForce.OPG && tif != TimeInForce.CLS) || order.submittedAt().isEmpty()) {
            return AuctionStep.NONE;
        }
        Instant submitted = order.submittedAt().get();
        Optional<Instant> auctionAt = tif == TimeInForce.OPG ? market.nextOpen(submitted)
                : market.sessionCloseFor(submitted);
        if (auctionAt.isEmpty()) {
            return AuctionStep.NONE;
        }
        return at.isBefore(auctionAt.get()) ? AuctionStep.WAIT : AuctionStep.CROSS;
    }

    /**
     * The auction fill of an {@code opg}/{@code cls} order on the auction's quote: the whole open quantity at the
     * price a market or limit order of it would get now, not capped by displayed size or participation; empty when
     * a limit is not marketable at that price (the caller then cancels the order).
     */
    public List<VenueFill> auctionMatch(Order order, Quote quote) {
        OrderTicket ticket = order.ticket();
        if (!order.status().isWorking() || !ticket.symbol().equals(quote.symbol())) {
            return List.of();
        }
        Optional<Price> price = executionPrice(ticket, false, quote);
        if (price.isEmpty()) {
            return List.of();
        }
        int sequence = order.fillCount() + 1;
        Price touch = ticket.side() == Side.BUY ? quote.ask() : quote.bid();
        return List.of(new VenueFill(tradeId(order.id(), sequence), sequence, order.leavesQuantity(), price.get(), touch,
                quote.at()));
    }

    /** True for orders whose unfilled remainder is canceled right after their first match ({@code ioc}, {@code fok}). */
    public static boolean cancelsRemainder(OrderTicket ticket) {
        return ticket.timeInForce() == TimeInForce.IOC || ticket.timeInForce() == TimeInForce.FOK;
    }

    /**
     * True when this quote reaches the stop price of a working stop / stop-limit order that has not triggered yet; the
     * caller records it on the order ({@code StopTriggered}) so that it is remembered.
     */
    public boolean stopReached(Order order, Quote quote) {
        OrderTicket ticket = order.ticket();
        if (!order.status().isWorking() || !order.hasStop() || order.stopTriggered()
                || !ticket.symbol().equals(quote.symbol())) {
            return false;
        }
        if (ticket.type() == OrderType.TRAILING_STOP) {
            Optional<Price> stop = trailingStopPrice(order);
            return stop.isPresent() && acknowledged(order, quote.at()) && crosses(ticket.side(), quote, stop.get());
        }
        return triggered(ticket, quote);
    }

    /**
     * The trailing stop's new watermark on this quote, when it moves: the first quote after acknowledgement sets it,
     * later ones only move it in the order's favour (a higher bid for a sell, a lower ask for a buy). Empty for other
     * orders, triggered trailing stops and quotes that don't move it.
     */
    public Optional<Price> trailWatermark(Order order, Quote quote) {
        OrderTicket ticket = order.ticket();
        if (ticket.type() != OrderType.TRAILING_STOP || !order.status().isWorking() || order.stopTriggered()
                || !ticket.symbol().equals(quote.symbol()) || !acknowledged(order, quote.at())) {
            return Optional.empty();
        }
        boolean sell = ticket.side() == Side.SELL;
        Price candidate = sell ? quote.bid() : quote.ask();
        Optional<Price> current = order.trailWatermark();
        if (current.isEmpty() || (sell ? candidate.isAbove(current.get()) : candidate.isBelow(current.get()))) {
            return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /**
     * The trailing stop's current stop price: watermark -/+ trail price, or watermark x (1 -/+ percent/100), rounded to
     * the tick away from the market (down for a sell, up for a buy). Empty before the first watermark.
     */
    public Optional<Price> trailingStopPrice(Order order) {
        OrderTicket ticket = order.ticket();
        if (ticket.type() != OrderType.TRAILING_STOP || order.trailWatermark().isEmpty()) {
            return Optional.empty();
        }
        boolean sell = ticket.side() == Side.SELL;
        BigDecimal mark = order.trailWatermark().get().value();
        BigDecimal distance = ticket.trailPrice() != null ? ticket.trailPrice().value()
                : mark.multiply(ticket.trailPercent()).divide(HUNDRED);
        BigDecimal raw = sell ? mark.subtract(distance) : mark.add(distance);
        BigDecimal tick = tickSizes.tickFor(ticket.symbol(), raw.signum() > 0 ? raw : mark);
        BigDecimal rounded = raw.divide(tick, 0, sell ? RoundingMode.FLOOR : RoundingMode.CEILING).multiply(tick);
        return Optional.of(Price.of(rounded.signum() > 0 ? rounded : tick));
    }

    private static boolean crosses(Side side, Quote quote, Price stop) {
        return side == Side.BUY ? !quote.ask().isBelow(stop) : !quote.bid().isAbove(stop);
    }

    /**
     * The most a symbol may trade on the paper venue during one bar: {@code rate x volume} of the last bar, rounded
     * down to whole shares (exact decimal arithmetic).
     */
    public static Quantity participationCap(BigDecimal rate, long barVolume) {
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("participation rate must be in (0, 1], was " + rate);
        }
        return Quantity.of(rate.multiply(BigDecimal.valueOf(barVolume)).setScale(0, RoundingMode.FLOOR));
    }

    public BigDecimal slippageBps() {
        return slippageBps;
    }

    /**
     * The fills of {@code order} against {@code quote}: empty unless the order is working, on the quote's symbol and
     * marketable now; otherwise one fill of at most the open quantity.
     */
    public List<VenueFill> match(Order order, Quote quote) {
        return match(order, quote, null);
    }

    /**
     * Like {@link #match(Order, Quote)}, with the fill also capped by {@code cap} (null: no cap; zero: nothing
     * fills). An order not yet {@link #acknowledged} at the quote's time does not fill; a {@code fok} order fills only
     * when its whole open quantity is available.
     */
    public List<VenueFill> match(Order order, Quote quote, Quantity cap) {
        OrderTicket ticket = order.ticket();
        if (!order.status().isWorking() || !ticket.symbol().equals(quote.symbol()) || !acknowledged(order, quote.at())) {
            return List.of();
        }
        Optional<Price> price = executionPrice(ticket, order.stopTriggered(), quote);
        if (price.isEmpty()) {
            return List.of();
        }
        Quantity quantity = order.leavesQuantity();
        Quantity displayed = ticket.side() == Side.BUY ? quote.askSize() : quote.bidSize();
        if (displayed != null && displayed.isPositive()) {
            quantity = quantity.min(displayed);
        }
        if (cap != null) {
            quantity = quantity.min(cap);
        }
        if (!quantity.isPositive()) {
            return List.of();
        }
        if (ticket.timeInForce() == TimeInForce.FOK && quantity.compareTo(order.leavesQuantity()) < 0) {
            return List.of();
        }
        int sequence = order.fillCount() + 1;
        Price touch = ticket.side() == Side.BUY ? quote.ask() : quote.bid();
        return List.of(new VenueFill(tradeId(order.id(), sequence), sequence, quantity, price.get(), touch, quote.at()));
    }

    /** The price this order would trade at on this quote, or empty when it is not marketable. */
    Optional<Price> executionPrice(OrderTicket ticket, boolean alreadyTriggered, Quote quote) {
        boolean buy = ticket.side() == Side.BUY;
        Price market = buy ? withSlippage(quote.ask(), true, ticket) : withSlippage(quote.bid(), false, ticket);
        boolean stopActive = alreadyTriggered || (ticket.type().requiresStopPrice() && triggered(ticket, quote));
        return switch (ticket.type()) {
            case MARKET -> Optional.of(market);
            case LIMIT -> limitPrice(ticket, quote, market);
            case STOP -> stopActive ? Optional.of(market) : Optional.empty();
            case STOP_LIMIT -> stopActive ? limitPrice(ticket, quote, market) : Optional.empty();
            case TRAILING_STOP -> alreadyTriggered ? Optional.of(market) : Optional.empty();
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
        return crosses(ticket.side(), quote, stop);
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
