package io.tradingsuite.execution.order;

/** The venue takes no new orders now (the REST layer answers 503 {@code VENUE_UNAVAILABLE} with the reason). */
public class VenueNotReadyException extends RuntimeException {

    public VenueNotReadyException(String reason) {
        super(reason);
    }
}
