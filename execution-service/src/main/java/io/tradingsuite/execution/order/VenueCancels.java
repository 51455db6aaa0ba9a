package io.tradingsuite.execution.order;

import io.tradingsuite.core.order.Order;

/**
 * How the venue takes an owner's cancel. The paper venue confirms at once (the order is {@code canceled} in the same
 * transaction); a broker confirms later: the order stays {@code pending_cancel} (it may still fill) and
 * {@link #send} forwards the request after commit; the broker's {@code canceled} event ends it.
 */
public interface VenueCancels {

    /** What the venue said to a forwarded cancel. */
    enum Answer {
        /** The venue took the request; its confirmation (or a fill) follows. */
        SENT,
        /** The venue does not hold the order (never reached it): cancel it here. */
        UNKNOWN_AT_VENUE,
        /** The venue refused (the order is done there): the order resumes until the venue reports its end. */
        REFUSED
    }

    /** True when the venue confirms cancels at once (paper). */
    boolean confirmsAtOnce();

    /** Forwards the cancel of a {@code pending_cancel} order (called outside any transaction). */
    Answer send(Order order);

    /**
     * Why the venue cannot take a replace of this working order now (Alpaca: an exit still waiting here for its pair's
     * decision, so not at Alpaca yet); empty when it can.
     */
    default java.util.Optional<String> whyNotReplaceable(Order order) {
        return java.util.Optional.empty();
    }
}
