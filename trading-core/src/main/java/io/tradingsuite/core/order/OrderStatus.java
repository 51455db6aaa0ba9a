package io.tradingsuite.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Status of an order, with Alpaca's wire names, plus {@link #DENIED} (refused by our own risk service, as opposed to
 * {@link #REJECTED}, refused by the venue).
 */
public enum OrderStatus {
    /**
     * A contingent leg (bracket / oto exit) waiting for its entry to fill: recorded, but neither asked of risk nor at
     * the venue. Alpaca's {@code held}.
     */
    HELD("held"),
    /** Recorded and waiting for risk's decision (or the venue's acknowledgement). */
    PENDING_NEW("pending_new"),
    /** Approved by risk and working at the venue, nothing filled yet. */
    NEW("new"),
    PARTIALLY_FILLED("partially_filled"),
    /** A cancel was requested; the venue may still fill the order until it confirms. */
    PENDING_CANCEL("pending_cancel"),
    /** A replacement was requested and awaits risk's decision; the original keeps working meanwhile. */
    PENDING_REPLACE("pending_replace"),
    /**
     * The venue is done executing the order for the day (Alpaca's {@code done_for_day}): it does not fill and gets no
     * further updates until the next session opens, when it is {@code new} or {@code partially_filled} again. Not
     * terminal: it can still be canceled or expire.
     */
    DONE_FOR_DAY("done_for_day"),
    FILLED("filled"),
    /** Replaced by another order ({@code replaced_by}); terminal. */
    REPLACED("replaced"),
    CANCELED("canceled"),
    EXPIRED("expired"),
    /** Refused by the venue. */
    REJECTED("rejected"),
    /** Refused by our risk service. */
    DENIED("denied");

    private final String wire;

    OrderStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Parses a wire name, case-insensitively. */
    @JsonCreator
    public static OrderStatus fromWire(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (OrderStatus candidate : values()) {
                if (candidate.wire.equals(wanted)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("invalid OrderStatus '" + text + "': expected one of "
                + Arrays.stream(values()).map(OrderStatus::wire).collect(Collectors.joining(", ")));
    }

    /** True when no update can change the order any more. */
    public boolean isTerminal() {
        return switch (this) {
            case FILLED, CANCELED, EXPIRED, REJECTED, DENIED, REPLACED -> true;
            case HELD, PENDING_NEW, NEW, PARTIALLY_FILLED, PENDING_CANCEL, PENDING_REPLACE, DONE_FOR_DAY -> false;
        };
    }

    /**
     * True when the venue works the order: it can fill on the next quote. An order with a pending cancel or replace
     * is still at the venue and may fill until the request is resolved. A {@code done_for_day} order is at the venue
     * but does not work (it cannot fill until the next session).
     */
    public boolean isWorking() {
        return this == NEW || this == PARTIALLY_FILLED || this == PENDING_CANCEL || this == PENDING_REPLACE;
    }

    /** True when the venue holds the order: working, or {@code done_for_day} (resting until the next session). */
    public boolean isAtVenue() {
        return isWorking() || this == DONE_FOR_DAY;
    }

    /** True while a cancel or replace request is unresolved. */
    public boolean isPending() {
        return this == PENDING_CANCEL || this == PENDING_REPLACE;
    }
}
