package io.tradingsuite.core.order;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The order aggregate: the ticket as requested plus its lifecycle (only a contingent leg's quantity ever changes:
 * released for its entry's fill, reduced after its sibling's). It changes only through
 * {@link #apply(OrderUpdate)}, which consults the one transition table {@link #next(OrderStatus, OrderUpdate, Quantity, Quantity)}
 * and returns the {@link OrderDomainEvent} that happened.
 *
 * <p>Not thread-safe: load it, apply, save it, within one transaction that holds the order's row lock.
 */
public final class Order {

    /** Decimals of the average fill price (half-even); the only rounding in the aggregate. */
    public static final int AVERAGE_PRICE_SCALE = Price.MAX_SCALE;

    private final OrderId id;
    private final AccountId accountId;
    private OrderTicket ticket;
    private final String correlationId;
    private final Instant createdAt;
    private OrderStatus status;
    private Quantity filledQuantity;
    private Money filledNotional;
    private int fillCount;
    private String reasonCode;
    private String reasonDetail;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant filledAt;
    private final OrderId replaces;
    private OrderId replacedBy;
    private Instant stopTriggeredAt;
    private Price trailWatermark;

    private Order(OrderSnapshot s) {
        this.id = s.id();
        this.accountId = s.accountId();
        this.ticket = s.ticket();
        this.correlationId = s.correlationId();
        this.createdAt = s.createdAt();
        this.status = s.status();
        this.filledQuantity = s.filledQuantity();
        this.filledNotional = s.filledNotional();
        this.fillCount = s.fillCount();
        this.reasonCode = s.reasonCode();
        this.reasonDetail = s.reasonDetail();
        this.updatedAt = s.updatedAt();
        this.submittedAt = s.submittedAt();
        this.filledAt = s.filledAt();
        this.replaces = s.replaces();
        this.replacedBy = s.replacedBy();
        this.stopTriggeredAt = s.stopTriggeredAt();
        this.trailWatermark = s.trailWatermark();
        if (filledQuantity.isNegative() || filledQuantity.compareTo(ticket.quantity()) > 0) {
            throw new IllegalArgumentException("order " + id + ": filled quantity " + filledQuantity
                    + " outside [0, " + ticket.quantity() + "]");
        }
        if (!ticket.quantity().isPositive()) {
            throw new IllegalArgumentException("order " + id + ": quantity must be positive");
        }
    }

    /** A new order as requested, {@code pending_new} until risk decides. */
    public static Order request(OrderId id, AccountId accountId, OrderTicket ticket, String correlationId, Instant at) {
        return replacement(id, accountId, ticket, correlationId, at, null);
    }

    /** A new order replacing {@code replaces} (null for none), {@code pending_new} until risk decides. */
    public static Order replacement(OrderId id, AccountId accountId, OrderTicket ticket, String correlationId,
            Instant at, OrderId replaces) {
        Objects.requireNonNull(at, "at");
        return new Order(new OrderSnapshot(id, accountId, ticket, correlationId, OrderStatus.PENDING_NEW,
                Quantity.ZERO, Money.ZERO, 0, null, null, at, at, null, null, replaces, null, null));
    }

    /**
     * A contingent leg of a bracket or oto order, {@code held} until its entry fills ({@link OrderUpdate.Release}).
     */
    public static Order held(OrderId id, AccountId accountId, OrderTicket ticket, String correlationId, Instant at) {
        Objects.requireNonNull(at, "at");
        return new Order(new OrderSnapshot(id, accountId, ticket, correlationId, OrderStatus.HELD,
                Quantity.ZERO, Money.ZERO, 0, null, null, at, at, null, null, null, null, null));
    }

    /** Rebuilds an order from its persisted state. */
    public static Order restore(OrderSnapshot snapshot) {
        return new Order(snapshot);
    }

    /**
     * Applies an update if the transition table allows it in the current status, and returns what happened.
     *
     * @throws InvalidOrderTransition if the update is not allowed now or a fill exceeds the open quantity; the order
     *                                is then unchanged
     */
    public OrderDomainEvent apply(OrderUpdate update) {
        Objects.requireNonNull(update, "update");
        refusal(update).ifPresent(reason -> {
            throw new InvalidOrderTransition(id, status, update, reason);
        });
        Quantity filledAfter = filledAfter(update);
        OrderStatus target = next(status, update, filledAfter, ticket.quantity());
        status = target;
        updatedAt = update.at();
        return switch (update) {
            case OrderUpdate.Accept a -> {
                submittedAt = a.at();
                yield new OrderDomainEvent.OrderAccepted(id, a.at());
            }
            case OrderUpdate.Deny d -> {
                reasonCode = d.reasonCode();
                reasonDetail = d.detail();
                yield new OrderDomainEvent.OrderDenied(id, d.reasonCode(), d.detail(), d.at());
            }
            case OrderUpdate.Reject r -> {
                reasonCode = r.reasonCode();
                reasonDetail = r.detail();
                yield new OrderDomainEvent.OrderRejected(id, r.reasonCode(), r.detail(), r.at());
            }
            case Fill f -> {
                filledQuantity = filledAfter;
                filledNotional = filledNotional.plus(f.notional());
                fillCount++;
                if (target == OrderStatus.FILLED) {
                    filledAt = f.at();
                    yield new OrderDomainEvent.OrderFilled(id, f, filledQuantity, averageFillPrice().orElseThrow(), f.at());
                }
                yield new OrderDomainEvent.OrderPartiallyFilled(id, f, filledQuantity, leavesQuantity(),
                        averageFillPrice().orElseThrow(), target, f.at());
            }
            case OrderUpdate.Cancel c -> {
                reasonDetail = c.reason();
                yield new OrderDomainEvent.OrderCanceled(id, filledQuantity, c.reason(), c.at());
            }
            case OrderUpdate.Expire e -> new OrderDomainEvent.OrderExpired(id, filledQuantity, e.at());
            case OrderUpdate.RequestCancel rc -> new OrderDomainEvent.CancelRequested(id, rc.at());
            case OrderUpdate.RequestReplace rr -> new OrderDomainEvent.ReplaceRequested(id, rr.at());
            case OrderUpdate.CancelRefused r -> new OrderDomainEvent.PendingRequestRefused(id, r.reason(), target, r.at());
            case OrderUpdate.ReplaceRefused r -> new OrderDomainEvent.PendingRequestRefused(id, r.reason(), target, r.at());
            case OrderUpdate.Replaced r -> {
                replacedBy = r.by();
                yield new OrderDomainEvent.OrderReplaced(id, r.by(), r.byClientOrderId(), filledQuantity, r.at());
            }
            case OrderUpdate.DoneForDay d -> new OrderDomainEvent.OrderDoneForDay(id, filledQuantity, d.at());
            case OrderUpdate.SessionOpened o -> new OrderDomainEvent.OrderResumed(id, target, o.at());
            case OrderUpdate.StopTriggered t -> {
                stopTriggeredAt = t.at();
                yield new OrderDomainEvent.StopTriggered(id, target, t.at());
            }
            case OrderUpdate.TrailMoved t -> {
                trailWatermark = t.watermark();
                yield new OrderDomainEvent.TrailMoved(id, t.watermark(), target, t.at());
            }
            case OrderUpdate.Release r -> {
                ticket = withQuantity(ticket, r.quantity());
                yield new OrderDomainEvent.OrderReleased(id, r.quantity(), r.at());
            }
            case OrderUpdate.Reduce r -> {
                ticket = withQuantity(ticket, r.quantity());
                yield new OrderDomainEvent.QuantityReduced(id, r.quantity(), target, r.at());
            }
        };
    }

    /**
     * The transition table: the status after {@code update} in status {@code from}, or {@code null} when the update is
     * not allowed. {@code filledAfter} is the filled quantity after the update (equal to {@code orderQuantity}
     * completes the order). Exhaustive over the sealed update types: a new update type does not compile until it is
     * added here. "working" = new, partially_filled, pending_cancel, pending_replace (the venue holds the order);
     * "resting" = partially_filled if anything filled, else new; "dfd" = done_for_day (at the venue, not working).
     *
     * <pre>
     * pending_new                    + Accept          -> new
     * pending_new                    + Deny            -> denied
     * pending_new                    + Reject          -> rejected
     * working | dfd, nothing filled  + Reject          -> rejected (the venue refused it after acknowledging it)
     * held | pending_new | working | dfd
     *                                + Cancel          -> canceled
     * working                        + Fill            -> filled when nothing is left, else partially_filled
     *                                                     (a pending_cancel / pending_replace order stays pending)
     * working | dfd                  + Expire          -> expired
     * working                        + StopTriggered   -> unchanged (stop and trailing stop orders, once)
     * working                        + TrailMoved      -> unchanged (trailing stops until triggered)
     * new | partially_filled | dfd   + RequestCancel   -> pending_cancel
     * pending_cancel                 + CancelRefused   -> resting
     * new | partially_filled         + RequestReplace  -> pending_replace
     * pending_replace                + ReplaceRefused  -> resting
     * pending_replace                + Replaced        -> replaced
     * new | partially_filled         + DoneForDay      -> done_for_day
     * done_for_day                   + SessionOpened   -> resting
     * held                           + Release(q)      -> pending_new, quantity q (0 < q <= quantity)
     * held | pending_new | new | partially_filled | pending_replace
     *                                + Reduce(q)       -> unchanged, quantity q (filled < q <= quantity)
     * anything else                                    -> not allowed (terminal statuses accept nothing; a
     *                                                     done_for_day order does not fill, trigger or trail)
     * </pre>
     */
    static OrderStatus next(OrderStatus from, OrderUpdate update, Quantity filledAfter, Quantity orderQuantity) {
        boolean resting = from == OrderStatus.NEW || from == OrderStatus.PARTIALLY_FILLED;
        OrderStatus restingStatus = filledAfter.isZero() ? OrderStatus.NEW : OrderStatus.PARTIALLY_FILLED;
        return switch (update) {
            case OrderUpdate.Accept ignored -> from == OrderStatus.PENDING_NEW ? OrderStatus.NEW : null;
            case OrderUpdate.Deny ignored -> from == OrderStatus.PENDING_NEW ? OrderStatus.DENIED : null;
            // refused by the venue: before it acknowledged the order, or after (Alpaca can reject a "new" order) as
            // long as nothing filled; an order with fills that the venue ends is canceled, not rejected
            case OrderUpdate.Reject ignored -> from == OrderStatus.PENDING_NEW
                    || (from.isAtVenue() && filledAfter.isZero()) ? OrderStatus.REJECTED : null;
            case Fill ignored -> {
                if (!from.isWorking()) {
                    yield null;
                }
                if (filledAfter.compareTo(orderQuantity) == 0) {
                    yield OrderStatus.FILLED;
                }
                yield from.isPending() ? from : OrderStatus.PARTIALLY_FILLED;
            }
            case OrderUpdate.Cancel ignored -> from == OrderStatus.HELD || from == OrderStatus.PENDING_NEW
                    || from.isAtVenue() ? OrderStatus.CANCELED : null;
            case OrderUpdate.Expire ignored -> from.isAtVenue() ? OrderStatus.EXPIRED : null;
            case OrderUpdate.StopTriggered ignored -> from.isWorking() ? from : null;
            case OrderUpdate.TrailMoved ignored -> from.isWorking() ? from : null;
            case OrderUpdate.RequestCancel ignored -> resting || from == OrderStatus.DONE_FOR_DAY
                    ? OrderStatus.PENDING_CANCEL : null;
            case OrderUpdate.CancelRefused ignored -> from == OrderStatus.PENDING_CANCEL ? restingStatus : null;
            case OrderUpdate.RequestReplace ignored -> resting ? OrderStatus.PENDING_REPLACE : null;
            case OrderUpdate.ReplaceRefused ignored -> from == OrderStatus.PENDING_REPLACE ? restingStatus : null;
            case OrderUpdate.Replaced ignored -> from == OrderStatus.PENDING_REPLACE ? OrderStatus.REPLACED : null;
            case OrderUpdate.DoneForDay ignored -> resting ? OrderStatus.DONE_FOR_DAY : null;
            case OrderUpdate.SessionOpened ignored -> from == OrderStatus.DONE_FOR_DAY ? restingStatus : null;
            case OrderUpdate.Release ignored -> from == OrderStatus.HELD ? OrderStatus.PENDING_NEW : null;
            // pending_replace: a leg whose replacement risk is deciding keeps working, so its sibling's fills reduce it
            case OrderUpdate.Reduce ignored -> resting || from == OrderStatus.HELD || from == OrderStatus.PENDING_NEW
                    || from == OrderStatus.PENDING_REPLACE ? from : null;
        };
    }

    /** True when {@link #apply(OrderUpdate)} would accept {@code update} now (nothing is changed). */
    public boolean allows(OrderUpdate update) {
        return refusal(Objects.requireNonNull(update, "update")).isEmpty();
    }

    /** Why {@code update} is not allowed now, or empty when it is. */
    private Optional<String> refusal(OrderUpdate update) {
        Quantity filledAfter = filledAfter(update);
        if (update instanceof Fill fill && filledAfter.compareTo(ticket.quantity()) > 0) {
            return Optional.of("fill of " + fill.quantity() + " exceeds the open quantity " + leavesQuantity());
        }
        if (update instanceof OrderUpdate.TrailMoved && (ticket.type() != OrderType.TRAILING_STOP || stopTriggered())) {
            return Optional.of(stopTriggered() ? "the trailing stop already triggered"
                    : "a " + ticket.type().wire() + " order does not trail");
        }
        if (update instanceof OrderUpdate.StopTriggered && (!hasStop() || stopTriggered())) {
            return Optional.of(stopTriggered() ? "the stop was already triggered"
                    : "a " + ticket.type().wire() + " order has no stop");
        }
        if (update instanceof OrderUpdate.Release release && (!release.quantity().isPositive()
                || release.quantity().compareTo(ticket.quantity()) > 0)) {
            return Optional.of("release quantity " + release.quantity() + " outside (0, " + ticket.quantity() + "]");
        }
        if (update instanceof OrderUpdate.Reduce reduce && (reduce.quantity().compareTo(filledQuantity) <= 0
                || reduce.quantity().compareTo(ticket.quantity()) > 0)) {
            return Optional.of("reduced quantity " + reduce.quantity() + " outside (" + filledQuantity + ", "
                    + ticket.quantity() + "]");
        }
        if (next(status, update, filledAfter, ticket.quantity()) == null) {
            return Optional.of("not in the transition table");
        }
        return Optional.empty();
    }

    private Quantity filledAfter(OrderUpdate update) {
        return update instanceof Fill fill ? filledQuantity.plus(fill.quantity()) : filledQuantity;
    }

    private static OrderTicket withQuantity(OrderTicket t, Quantity quantity) {
        return new OrderTicket(t.clientOrderId(), t.symbol(), t.side(), t.type(), t.timeInForce(), quantity,
                t.limitPrice(), t.stopPrice(), t.source(), t.botId(), t.trailPrice(), t.trailPercent());
    }

    /** Average fill price: exact filled notional / filled quantity, rounded half-even to {@value #AVERAGE_PRICE_SCALE} decimals. */
    public Optional<Price> averageFillPrice() {
        if (filledQuantity.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Price.of(filledNotional.value()
                .divide(filledQuantity.value(), AVERAGE_PRICE_SCALE, RoundingMode.HALF_EVEN)));
    }

    /** Quantity still open: order quantity minus filled quantity. */
    public Quantity leavesQuantity() {
        return ticket.quantity().minus(filledQuantity);
    }

    public OrderSnapshot snapshot() {
        return new OrderSnapshot(id, accountId, ticket, correlationId, status, filledQuantity, filledNotional, fillCount,
                reasonCode, reasonDetail, createdAt, updatedAt, submittedAt, filledAt, replaces, replacedBy,
                stopTriggeredAt, trailWatermark);
    }

    public OrderId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public OrderTicket ticket() {
        return ticket;
    }

    public String correlationId() {
        return correlationId;
    }

    public OrderStatus status() {
        return status;
    }

    public Quantity filledQuantity() {
        return filledQuantity;
    }

    /** Exact sum of quantity x price over all fills. */
    public Money filledNotional() {
        return filledNotional;
    }

    /** Number of fills so far; the next fill is number {@code fillCount() + 1}. */
    public int fillCount() {
        return fillCount;
    }

    public Optional<String> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }

    public Optional<String> reasonDetail() {
        return Optional.ofNullable(reasonDetail);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> filledAt() {
        return Optional.ofNullable(filledAt);
    }

    /** The order this one replaced, if any. */
    public Optional<OrderId> replaces() {
        return Optional.ofNullable(replaces);
    }

    /** The order that replaced this one, if any. */
    public Optional<OrderId> replacedBy() {
        return Optional.ofNullable(replacedBy);
    }

    /** True once a stop order's stop price was reached (it is remembered, not re-evaluated per quote). */
    public boolean stopTriggered() {
        return stopTriggeredAt != null;
    }

    public Optional<Instant> stopTriggeredAt() {
        return Optional.ofNullable(stopTriggeredAt);
    }

    /** True for the order types that wait for a stop: stop, stop_limit and trailing_stop. */
    public boolean hasStop() {
        return ticket.type().requiresStopPrice() || ticket.type() == OrderType.TRAILING_STOP;
    }

    /** A trailing stop's watermark: the highest bid (sell) or lowest ask (buy) seen while working; empty before. */
    public Optional<Price> trailWatermark() {
        return Optional.ofNullable(trailWatermark);
    }

    @Override
    public String toString() {
        return "Order[" + id + " " + ticket.side().wire() + " " + ticket.quantity() + " " + ticket.symbol() + " "
                + status.wire() + " filled " + filledQuantity + "]";
    }
}
