package io.tradingsuite.core.order;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The order aggregate: the ticket as requested plus its lifecycle. It changes only through
 * {@link #apply(OrderUpdate)}, which consults the one transition table {@link #next(OrderStatus, OrderUpdate, Quantity)}
 * and returns the {@link OrderDomainEvent} that happened.
 *
 * <p>Not thread-safe: load it, apply, save it, within one transaction that holds the order's row lock.
 */
public final class Order {

    /** Decimals of the average fill price (half-even); the only rounding in the aggregate. */
    public static final int AVERAGE_PRICE_SCALE = Price.MAX_SCALE;

    private final OrderId id;
    private final AccountId accountId;
    private final OrderTicket ticket;
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
        Objects.requireNonNull(at, "at");
        return new Order(new OrderSnapshot(id, accountId, ticket, correlationId, OrderStatus.PENDING_NEW,
                Quantity.ZERO, Money.ZERO, 0, null, null, at, at, null, null));
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
        Quantity filledAfter = filledQuantity;
        if (update instanceof Fill fill) {
            filledAfter = filledQuantity.plus(fill.quantity());
            if (filledAfter.compareTo(ticket.quantity()) > 0) {
                throw new InvalidOrderTransition(id, status, update, "fill of " + fill.quantity()
                        + " exceeds the open quantity " + leavesQuantity());
            }
        }
        OrderStatus target = next(status, update, filledAfter.compareTo(ticket.quantity()) == 0 ? Quantity.ZERO
                : ticket.quantity().minus(filledAfter));
        if (target == null) {
            throw new InvalidOrderTransition(id, status, update, "not in the transition table");
        }
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
                        averageFillPrice().orElseThrow(), f.at());
            }
            case OrderUpdate.Cancel c -> {
                reasonDetail = c.reason();
                yield new OrderDomainEvent.OrderCanceled(id, filledQuantity, c.reason(), c.at());
            }
            case OrderUpdate.Expire e -> new OrderDomainEvent.OrderExpired(id, filledQuantity, e.at());
        };
    }

    /**
     * The transition table: the status after {@code update} in status {@code from}, or {@code null} when the update is
     * not allowed. {@code leavesAfter} is the open quantity after a fill (zero completes the order). Exhaustive over
     * the sealed update types: a new update type does not compile until it is added here.
     *
     * <pre>
     * pending_new      + Accept  -> new
     * pending_new      + Deny    -> denied
     * pending_new      + Reject  -> rejected
     * pending_new      + Cancel  -> canceled
     * new | partially  + Fill    -> partially_filled | filled (when nothing is left)
     * new | partially  + Cancel  -> canceled
     * new | partially  + Expire  -> expired
     * anything else              -> not allowed (terminal statuses accept nothing)
     * </pre>
     */
    static OrderStatus next(OrderStatus from, OrderUpdate update, Quantity leavesAfter) {
        return switch (update) {
            case OrderUpdate.Accept ignored -> from == OrderStatus.PENDING_NEW ? OrderStatus.NEW : null;
            case OrderUpdate.Deny ignored -> from == OrderStatus.PENDING_NEW ? OrderStatus.DENIED : null;
            case OrderUpdate.Reject ignored -> from == OrderStatus.PENDING_NEW ? OrderStatus.REJECTED : null;
            case Fill ignored -> from.isWorking()
                    ? (leavesAfter.isZero() ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED)
                    : null;
            case OrderUpdate.Cancel ignored -> from == OrderStatus.PENDING_NEW || from.isWorking()
                    ? OrderStatus.CANCELED : null;
            case OrderUpdate.Expire ignored -> from.isWorking() ? OrderStatus.EXPIRED : null;
        };
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
                reasonCode, reasonDetail, createdAt, updatedAt, submittedAt, filledAt);
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

    @Override
    public String toString() {
        return "Order[" + id + " " + ticket.side().wire() + " " + ticket.quantity() + " " + ticket.symbol() + " "
                + status.wire() + " filled " + filledQuantity + "]";
    }
}
