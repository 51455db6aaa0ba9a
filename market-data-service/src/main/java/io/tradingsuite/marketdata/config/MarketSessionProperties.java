package io.tradingsuite.marketdata.config;

import io.tradingsuite.core.venue.MarketClock;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The market calendar {@code GET /api/market/clock} reports ({@code ts.market-data.session.*}); set it like risk's
 * {@code ts.risk.session.*} and execution's {@code ts.execution.session.*}.
 *
 * @param mode     {@code always-open} (default: simulated data trades at any hour of any day) or {@code us-equities}
 *                 (09:30–16:00 New York time on weekdays that are not holidays)
 * @param holidays market holidays of the {@code us-equities} calendar (ISO dates)
 */
@Validated
@ConfigurationProperties("ts.market-data.session")
public record MarketSessionProperties(@NotNull @DefaultValue("always-open") MarketClock.Kind mode,
        @DefaultValue List<LocalDate> holidays) {

    /** The calendar these settings describe. */
    public MarketClock toMarketClock() {
        return MarketClock.of(mode, holidays);
    }
}
