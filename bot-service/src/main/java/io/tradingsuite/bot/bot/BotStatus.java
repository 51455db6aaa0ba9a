package io.tradingsuite.bot.bot;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a bot reacts to bars. JSON: lower-case. */
public enum BotStatus {
    RUNNING,
    STOPPED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
