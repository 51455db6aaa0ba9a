package io.tradingsuite.execution.order;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.Order;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The execution service's meters: {@code ts.execution.orders} (tag {@code status}: orders entering each status),
 * {@code ts.execution.fills}, {@code ts.execution.filled.notional} (USD) and {@code ts.execution.slippage.bps}.
 * Recorded after commit; doubles here are statistics, never bookkeeping.
 */
@Component
public class ExecutionMetrics {

    private final MeterRegistry registry;
    private final Counter fills;
    private final Counter filledNotional;
    private final DistributionSummary slippage;

    public ExecutionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.fills = Counter.builder("ts.execution.fills").description("Fills executed").register(registry);
        this.filledNotional = Counter.builder("ts.execution.filled.notional").baseUnit("usd")
                .description("Notional of executed fills").register(registry);
        this.slippage = DistributionSummary.builder("ts.execution.slippage.bps").baseUnit("bps")
                .description("Slippage paid against the touch per fill").register(registry);
    }

    public void orderEntered(OrderStatus status) {
        Counter.builder("ts.execution.orders").description("Orders entering a status").tag("status", status.wire())
                .register(registry).increment();
    }

    /**
     * After a fill committed: the fill metrics, and the order's new status when it completed the order or was its
     * first fill ({@code partially_filled} is counted once per order).
     */
    public void orderFilled(Order order, Money notional, BigDecimal slippageBps) {
        fillExecuted(notional, slippageBps);
        if (order.status().isTerminal() || order.fillCount() == 1) {
            orderEntered(order.status());
        }
    }

    /** A fill; {@code slippageBps} null when the touch it traded against is unknown (a broker's fill). */
    public void fillExecuted(Money notional, BigDecimal slippageBps) {
        fills.increment();
        filledNotional.increment(notional.value().doubleValue());
        if (slippageBps != null) {
            slippage.record(slippageBps.doubleValue());
        }
    }
}
