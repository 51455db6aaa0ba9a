package io.tradingsuite.execution.venue;

import java.util.Objects;

/** What the venue answered to a submitted order: accepted (the order as it reports it) or rejected with a reason. */
public sealed interface VenueOutcome {

    /** The venue took the order (it may already be filled, or rejected later through the stream). */
    record Accepted(VenueOrder order) implements VenueOutcome {
        public Accepted {
            Objects.requireNonNull(order, "order");
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
