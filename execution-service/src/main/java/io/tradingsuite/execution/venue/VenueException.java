package io.tradingsuite.execution.venue;

/** A venue call that did not do what was asked; see the subtypes. Messages never carry credentials. */
public sealed class VenueException extends RuntimeException
        permits VenueException.UnknownOrder, VenueException.Refused, VenueException.Unavailable {

    private final String code;

    VenueException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Stable {@code VENUE_*} code. */
    public String code() {
        return code;
    }

    /** The venue does not know the order. */
    public static final class UnknownOrder extends VenueException {
        public UnknownOrder(String message) {
            super("VENUE_UNKNOWN_ORDER", message, null);
        }
    }

    /** The venue refused the request (the order is no longer cancelable or replaceable, for example). */
    public static final class Refused extends VenueException {
        public Refused(String message) {
            super("VENUE_REJECTED", message, null);
        }
    }

    /** The venue could not be reached or kept failing after the bounded retries. */
    public static final class Unavailable extends VenueException {
        public Unavailable(String message, Throwable cause) {
            super("VENUE_UNAVAILABLE", message, cause);
        }
    }
}
