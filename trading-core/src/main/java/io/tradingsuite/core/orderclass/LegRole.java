package io.tradingsuite.core.orderclass;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an exit leg does: take profit (a limit order) or stop the loss (a stop or stop-limit order). */
public enum LegRole {
    TAKE_PROFIT("take_profit", "-tp"),
    STOP_LOSS("stop_loss", "-sl");

    private final String wire;
    private final String suffix;

    LegRole(String wire, String suffix) {
        this.wire = wire;
        this.suffix = suffix;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Appended to the entry's client order id to make the leg's (deterministic) client order id. */
    public String suffix() {
        return suffix;
    }

    public static LegRole fromWire(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (LegRole candidate : values()) {
            if (candidate.wire.equals(wanted)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("invalid LegRole '" + text + "': expected take_profit or stop_loss");
    }
}
