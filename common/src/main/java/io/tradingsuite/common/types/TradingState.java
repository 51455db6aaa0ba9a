package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a scope (global, an account, a bot) may do: {@code active} trades normally, {@code reducing} accepts only
 * orders that reduce a position, {@code halted} accepts only cancels.
 */
public enum TradingState {
    ACTIVE,
    REDUCING,
    HALTED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TradingState fromWire(String text) {
        if (text != null) {
            for (TradingState state : values()) {
                if (state.wire().equalsIgnoreCase(text.trim())) {
                    return state;
                }
            }
        }
        throw new IllegalArgumentException("invalid TradingState '" + text + "': expected one of active, reducing, halted");
    }
}
