package io.tradingsuite.risk.decision;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Decision metrics: {@code ts.risk.decisions} (counter; tags {@code outcome}, {@code reason} = reason code or
 * {@code none}) and {@code ts.risk.decision.latency} (timer: request {@code occurredAt} to decision).
 */
@Component
public class RiskMetrics {

    public static final String DECISIONS = "ts.risk.decisions";
    public static final String LATENCY = "ts.risk.decision.latency";

    private final MeterRegistry registry;
    private final Timer latency;

    public RiskMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder(LATENCY)
                .description("Time from an order request to its risk decision")
                .publishPercentileHistogram()
                .register(registry);
    }

    public void decided(Outcome outcome, String reasonCode, Duration sinceRequest) {
        Counter.builder(DECISIONS)
                .description("Risk decisions by outcome and reason code")
                .tag("outcome", outcome.wire())
                .tag("reason", reasonCode == null ? "none" : reasonCode)
                .register(registry)
                .increment();
        latency.record(sinceRequest.isNegative() ? Duration.ZERO : sinceRequest);
    }
}
