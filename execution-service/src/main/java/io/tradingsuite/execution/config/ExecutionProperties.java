package io.tradingsuite.execution.config;

import io.tradingsuite.core.venue.MarketClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the execution service.
 *
 * @param decisionWait        how long {@code POST /api/orders} (and {@code PATCH}) waits for risk's decision before
 *                            answering with the order still {@code pending_new}
 * @param expiryCheckInterval how often working orders are checked for expiry (default 5s)
 * @param paper               the paper venue's fill model
 * @param session             the market clock
 * @param venue               where approved orders go: {@code paper} (default, the built-in paper venue) or
 *                            {@code alpaca} (Alpaca's Trading API, see {@link AlpacaProperties})
 */
@Validated
@ConfigurationProperties("ts.execution")
public record ExecutionProperties(@NotNull Duration decisionWait, @NotNull Duration expiryCheckInterval,
        @NotNull @Valid Paper paper, @NotNull @Valid Session session, @NotNull VenueKind venue) {

    public ExecutionProperties {
        decisionWait = decisionWait == null ? Duration.ofSeconds(2) : decisionWait;
        expiryCheckInterval = expiryCheckInterval == null ? Duration.ofSeconds(5) : expiryCheckInterval;
        paper = paper == null ? new Paper(null, null, null) : paper;
        session = session == null ? new Session(null, null) : session;
        venue = venue == null ? VenueKind.PAPER : venue;
    }

    /** The venue approved orders are worked on. */
    public enum VenueKind {
        PAPER,
        ALPACA
    }

    /**
     * The paper venue.
     *
     * @param slippageBps       slippage against the order in basis points of the touch (default 2)
     * @param participationRate the most a symbol fills per bar as a share of the last bar's volume (default 0.1)
     * @param ackLatency        how long after acceptance the venue starts matching an order (default 0)
     */
    public record Paper(@NotNull @DecimalMin("0") BigDecimal slippageBps,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal participationRate,
            @NotNull Duration ackLatency) {

        public Paper {
            slippageBps = slippageBps == null ? new BigDecimal("2") : slippageBps;
            participationRate = participationRate == null ? new BigDecimal("0.1") : participationRate;
            ackLatency = ackLatency == null ? Duration.ZERO : ackLatency;
        }
    }

    /**
     * The market clock.
     *
     * @param mode     {@code always-open} (default; simulated data: day orders never expire) or {@code us-equities}
     *                 (09:30–16:00 America/New_York on weekdays; day orders expire at the close)
     * @param holidays exchange holidays for {@code us-equities}, ISO dates
     */
    public record Session(@NotNull MarketClock.Kind mode, List<LocalDate> holidays) {

        public Session {
            mode = mode == null ? MarketClock.Kind.ALWAYS_OPEN : mode;
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }
}
