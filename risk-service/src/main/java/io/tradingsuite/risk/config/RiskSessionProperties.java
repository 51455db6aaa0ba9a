package io.tradingsuite.risk.config;

import io.tradingsuite.core.venue.MarketClock;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The market calendar the {@code MarketHoursTimeInForce} policy checks time in force against
 * ({@code ts.risk.session.*}); set it like execution's {@code ts.execution.session.*}.
 *
 * @param mode     {@code always-open} (default: simulated data, any time in force at any hour) or {@code us-equities}
 *                 (09:30–16:00 New York time on weekdays that are not holidays)
 * @param holidays market holidays of the {@code us-equities} calendar (ISO dates)
 */
@Validated
@ConfigurationProperties("ts.risk.session")
public record RiskSessionProperties(@NotNull @DefaultValue("always-open") MarketClock.Kind mode,
        @DefaultValue List<LocalDate> holidays) {

    /** The calendar these settings describe. */
    public MarketClock toMarketClock() {
        return MarketClock.of(mode, holidays);
    }
}
