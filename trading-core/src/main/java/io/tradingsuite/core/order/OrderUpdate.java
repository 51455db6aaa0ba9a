package io.tradingsuite.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happens to an order, from risk or from the venue. The sealed hierarchy is what
 * {@link Order#apply(OrderUpdate)} switches over, so adding an update forces the transition table to handle it.
 */
public sealed interface OrderUpdate permits OrderUpdate.Accept, OrderUpdate.Deny, OrderUpdate.Reject, Fill,
        OrderUpdate.Cancel, OrderUpdate.Expire {

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
}
