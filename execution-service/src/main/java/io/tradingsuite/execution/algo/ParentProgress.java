package io.tradingsuite.execution.algo;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.algo.ArrivalSlippage;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.execution.order.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Folds a child's fills and ending into its parent, in the child's transaction (lock order child → parent, the same
 * everywhere). A child fill is applied to the parent as a fill at the same price (so the parent's status, filled
 * quantity and exact average price aggregate its children); a child that ends unfilled (denied, rejected, canceled,
 * expired) stops the parent: it goes {@code pending_cancel} and, once no child is open, {@code canceled}. Nothing is
 * published for the parent (risk and the portfolio see only the children).
 */
@Component
public class ParentProgress {

    private static final Logger log = LoggerFactory.getLogger(ParentProgress.class);

    private final OrderRepository orders;
    private final AlgoRepository algos;
    private final AlgoMetrics metrics;
    private final Clock clock;

    public ParentProgress(OrderRepository orders, AlgoRepository algos, AlgoMetrics metrics, Clock clock) {
        this.orders = orders;
        this.algos = algos;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Called with every change of an order (inside its transaction); does nothing unless it is a child. */
    public void childChanged(Order child, OrderDomainEvent event) {
        Fill fill = switch (event) {
            case OrderDomainEvent.OrderFilled f -> f.fill();
            case OrderDomainEvent.OrderPartiallyFilled f -> f.fill();
            default -> null;
        };
        if (fill == null && !child.status().isTerminal()) {
            return;
        }
        OrderId parentId = algos.parentOf(child.id()).orElse(null);
        if (parentId == null) {
            return;
        }
        Order parent = orders.lock(parentId).orElseThrow();
        AlgoParent algo = algos.find(parentId).orElseThrow();
        OrderStatus before = parent.status();
        Instant now = clock.instant();
        if (fill != null) {
            if (!parent.status().isWorking()) {
                log.warn("fill {} of child {} arrived after parent {} ended {}", fill.tradeId(), child.id(), parentId,
                        parent.status().wire());
                return;
            }
            parent.apply(new Fill(fill.tradeId(), fill.quantity(), fill.price(), fill.at()));
            algo = algo.childClosed(fill.quantity());
        } else {
            algo = algo.childClosed(child.leavesQuantity());
            if (parent.status() == OrderStatus.NEW || parent.status() == OrderStatus.PARTIALLY_FILLED) {
                String reason = "child " + child.id() + " " + child.status().wire()
                        + child.reasonCode().map(code -> " (" + code + ")").orElse("");
                parent.apply(new OrderUpdate.RequestCancel(now));
                algo = algo.stopping(reason);
                log.info("parent {} stops: {}", parentId, reason);
            }
        }
        if (parent.status() == OrderStatus.PENDING_CANCEL && algo.openChildQuantity().isZero()) {
            parent.apply(new OrderUpdate.Cancel(algo.stopReason() == null ? "stopped" : algo.stopReason(), now));
        }
        orders.update(parent);
        algos.update(algo);
        if (parent.status() != before) {
            recordEntered(parent, algo);
        }
    }

    /** Metrics for a parent that just entered its current status (after commit). */
    void recordEntered(Order parent, AlgoParent algo) {
        metrics.parentEntered(algo.parameters().type(), parent.status());
        if (parent.status().isTerminal() && algo.arrivalPrice() != null) {
            parent.averageFillPrice().ifPresent(average -> metrics.slippage(algo.parameters().type(),
                    ArrivalSlippage.bps(parent.ticket().side(), algo.arrivalPrice(), average)));
        }
    }
}
