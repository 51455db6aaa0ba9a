package io.tradingsuite.execution.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the execution service.
 *
 * @param decisionWait how long {@code POST /api/orders} waits for risk's decision before answering 202 with the order
 *                     still {@code pending_new}
 * @param paper        the paper venue's fill model
 */
@Validated
@ConfigurationProperties("ts.execution")
public record ExecutionProperties(@NotNull Duration decisionWait, @NotNull @Valid Paper paper) {

    public ExecutionProperties {
        decisionWait = decisionWait == null ? Duration.ofSeconds(2) : decisionWait;
        paper = paper == null ? new Paper(null) : paper;
    }

    /**
     * The paper venue.
     *
     * @param slippageBps slippage against the order in basis points of the touch (default 2)
     */
    public record Paper(@NotNull @DecimalMin("0") BigDecimal slippageBps) {

        public Paper {
            slippageBps = slippageBps == null ? new BigDecimal("2") : slippageBps;
        }
    }
}
