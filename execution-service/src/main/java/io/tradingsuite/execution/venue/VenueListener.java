package io.tradingsuite.execution.venue;

/** Receives what a venue reports asynchronously. */
public interface VenueListener {

    /** An execution; delivered once per trade id by the venue adapter (the order table rejects replays too). */
    void onFill(VenueExecution execution);

    /** The venue reports an order's new state (canceled, expired, rejected, replaced...). */
    default void onOrderUpdate(VenueOrder order) {
    }
}
