package io.tradingsuite.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happens to an order, from risk or from the venue. The sealed hierarchy is what
 * {@link Order#apply(OrderUpdate)} switches over, so adding an update forces the transition table to handle it.
 */
public sealed interface OrderUpdate permits OrderUpdate.Accept, OrderUpdate.Deny, OrderUpdate.Reject, Fill,
        OrderUpdate.Cancel, OrderUpdate.Expire, OrderUpdate.RequestCancel, OrderUpdate.CancelRefused,
        OrderUpdate.RequestReplace, OrderUpdate.ReplaceRefused, OrderUpdate.Replaced, OrderUpdate.StopTriggered,
        OrderUpdate.TrailMoved, OrderUpdate.DoneForDay, OrderUpdate.SessionOpened, OrderUpdate.Release,
        OrderUpdate.Reduce {

    /** When it happened. */
    Instant at();

    /** Risk approved the order and the venue acknowledged it. */
    record Accept(Instant at) implements OrderUpdate {
        public Accept {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Our risk service refused the order with a stable {@code RISK_*} reason code. */
    record Deny(String reasonCode, String detail, Instant at) implements OrderUpdate {
        public Deny {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The venue refused the order with a stable {@code VENUE_*} reason code. */
    record Reject(String reasonCode, String detail, Instant at) implements OrderUpdate {
        public Reject {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The order was canceled (by the owner or by the system); what filled before stays filled. */
    record Cancel(String reason, Instant at) implements OrderUpdate {
        public Cancel {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The order's time in force ran out. */
    record Expire(Instant at) implements OrderUpdate {
        public Expire {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The owner (or the system) asked to cancel a working order; the venue has not confirmed yet. */
    record RequestCancel(Instant at) implements OrderUpdate {
        public RequestCancel {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The venue refused a pending cancel (for example it filled meanwhile): the order keeps working. */
    record CancelRefused(String reason, Instant at) implements OrderUpdate {
        public CancelRefused {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The owner asked to replace a working order; the replacement waits for risk's decision. */
    record RequestReplace(Instant at) implements OrderUpdate {
        public RequestReplace {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The replacement was denied or could not be placed: the original keeps working unchanged. */
    record ReplaceRefused(String reason, Instant at) implements OrderUpdate {
        public ReplaceRefused {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The replacement {@code by} (client order id {@code byClientOrderId}) was accepted: this order is done
     * ({@code replaced}).
     */
    record Replaced(io.tradingsuite.common.types.OrderId by, io.tradingsuite.common.types.ClientOrderId byClientOrderId,
            Instant at) implements OrderUpdate {
        public Replaced {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(byClientOrderId, "byClientOrderId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A stop or stop-limit order's stop price was reached; from now on it works as a market or limit order. */
    record StopTriggered(Instant at) implements OrderUpdate {
        public StopTriggered {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A trailing stop's watermark moved in the order's favour: the highest bid seen for a sell, the lowest ask for a
     * buy (the stop trails it by the order's trail price or percent).
     */
    record TrailMoved(io.tradingsuite.common.types.Price watermark, Instant at) implements OrderUpdate {
        public TrailMoved {
            Objects.requireNonNull(watermark, "watermark");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The session closed with the order resting: the venue is done with it for the day ({@code done_for_day}). */
    record DoneForDay(Instant at) implements OrderUpdate {
        public DoneForDay {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A held leg's entry filled: the leg is released for {@code quantity} (the entry's filled quantity, at most the
     * leg's) and goes to risk like any new order.
     */
    record Release(io.tradingsuite.common.types.Quantity quantity, Instant at) implements OrderUpdate {
        public Release {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The next session opened: a {@code done_for_day} order rests and works again. */
    record SessionOpened(Instant at) implements OrderUpdate {
        public SessionOpened {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A contingent sibling filled partly: this working order's quantity becomes {@code quantity} (more than it filled,
     * at most what it was), so the two never fill more than the group between them.
     */
    record Reduce(io.tradingsuite.common.types.Quantity quantity, Instant at) implements OrderUpdate {
        public Reduce {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(at, "at");
        }
    }
}
