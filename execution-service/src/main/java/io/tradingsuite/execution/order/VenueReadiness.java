package io.tradingsuite.execution.order;

import java.util.Optional;

/**
 * Whether the venue takes new orders now. The paper venue always does; a broker does not until its startup
 * reconciliation has succeeded. Manual entry and replace refuse up front with {@link VenueNotReadyException}; orders
 * that reach the venue another way (bots, algorithm children) are refused by the routing.
 */
public interface VenueReadiness {

    /** Empty when orders are taken; else why not (e.g. {@code VENUE_NOT_RECONCILED: …}). */
    Optional<String> notReadyReason();

    /** Throws {@link VenueNotReadyException} when the venue does not take orders now. */
    default void requireReady() {
        notReadyReason().ifPresent(reason -> {
            throw new VenueNotReadyException(reason);
        });
    }
}
