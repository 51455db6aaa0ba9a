package io.tradingsuite.execution.venue;

import java.util.Objects;

/** What the venue answered to a submitted order: accepted (the order as it reports it) or rejected with a reason. */
public sealed interface VenueOutcome {

    /**
     * The venue took the order (it may already be filled, or rejected later through the stream); {@code legs} are
     * the orders the venue created with it (an oco's stop-loss), empty for a simple order.
     */
    record Accepted(VenueOrder order, java.util.List<VenueOrder> legs) implements VenueOutcome {
        public Accepted {
            Objects.requireNonNull(order, "order");
            legs = legs == null ? java.util.List.of() : java.util.List.copyOf(legs);
        }

        public Accepted(VenueOrder order) {
            this(order, java.util.List.of());
        }
    }

    /**
     * The venue refused the order: a stable {@code VENUE_*} reason code and the venue's own message (for Alpaca its
     * numeric code and message, e.g. {@code 40310000 insufficient buying power}).
     */
    record Rejected(String reasonCode, String detail) implements VenueOutcome {
        public Rejected {
            Objects.requireNonNull(reasonCode, "reasonCode");
        }
    }
}
