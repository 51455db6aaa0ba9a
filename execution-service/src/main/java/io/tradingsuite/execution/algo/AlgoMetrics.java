package io.tradingsuite.execution.algo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.core.algo.AlgoType;
import io.tradingsuite.core.order.OrderStatus;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Meters of the algorithms: {@code ts.execution.algo.parents{algo,status}} (parents entering a status) and
 * {@code ts.execution.algo.slippage.bps{algo}} (arrival slippage of every parent that ended with fills). Recorded
 * after the transaction commits. The slippage summary of every algorithm exists from startup (count 0), so the
 * Execution dashboard's per-algorithm panel has a series before the first parent finished.
 */
@Component
public class AlgoMetrics {

    private final MeterRegistry registry;

    public AlgoMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (AlgoType algo : AlgoType.values()) {
            slippageSummary(algo);
        }
    }

    /** Counts a parent entering {@code status} (after commit when called inside a transaction). */
    public void parentEntered(AlgoType algo, OrderStatus status) {
        afterCommit(() -> Counter.builder("ts.execution.algo.parents").description("Algorithm parents entering a status")
                .tag("algo", algo.wire()).tag("status", status.wire()).register(registry).increment());
    }

    /** Records a finished parent's slippage against its arrival price (after commit inside a transaction). */
    public void slippage(AlgoType algo, BigDecimal bps) {
        afterCommit(() -> slippageSummary(algo).record(bps.doubleValue()));
    }

    private DistributionSummary slippageSummary(AlgoType algo) {
        return DistributionSummary.builder("ts.execution.algo.slippage.bps").baseUnit("bps")
                .description("Average fill price of a finished parent against its arrival mid, positive = worse")
                .tag("algo", algo.wire()).register(registry);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
