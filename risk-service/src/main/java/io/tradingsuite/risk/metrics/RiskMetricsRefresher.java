package io.tradingsuite.risk.metrics;

import io.tradingsuite.risk.control.TradingControlService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the gauges current: every {@code ts.risk.metrics.refresh-interval} the metrics of every account with a
 * snapshot and the state of every scope are recomputed. A failed round is logged and retried on the next tick.
 */
@Component
public class RiskMetricsRefresher {

    private static final Logger log = LoggerFactory.getLogger(RiskMetricsRefresher.class);

    private final AccountMetricsService metrics;
    private final TradingControlService controls;
    private final RiskGauges gauges;

    public RiskMetricsRefresher(AccountMetricsService metrics, TradingControlService controls, RiskGauges gauges) {
        this.metrics = metrics;
        this.controls = controls;
        this.gauges = gauges;
    }

    @Scheduled(initialDelayString = "${ts.risk.metrics.refresh-interval:5s}",
            fixedDelayString = "${ts.risk.metrics.refresh-interval:5s}")
    public void refresh() {
        try {
            refreshStates();
            metrics.refreshAll();
        } catch (RuntimeException e) {
            log.warn("Refreshing the risk gauges failed; retrying on the next tick", e);
        }
    }

    /** Publishes the state of every scope that has one (the global scope always). */
    public void refreshStates() {
        controls.all().forEach(s -> gauges.tradingState(s.scope(), s.state()));
    }
}
