package io.tradingsuite.execution.algo;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.execution.order.OrderCancellation;
import io.tradingsuite.execution.order.OrderCancellation.CancelResult;
import io.tradingsuite.execution.order.OrderCancellation.Outcome;
import io.tradingsuite.execution.order.OrderRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancels a parent: first the parent goes {@code pending_cancel} (no more children are released; fills of open
 * children still count), then each open child is canceled like any order ({@code OrderCanceled} published, risk
 * releases its reservation), and {@link ParentProgress} cancels the parent's remainder when the last open child ends.
 * Each child is canceled in its own transaction, child lock before parent lock, like fills.
 */
@Service
public class AlgoCancellation {

    private final OrderRepository orders;
    private final AlgoRepository algos;
    private final OrderCancellation orderCancellation;
    private final ParentProgress progress;
    private final TransactionTemplate tx;
    private final Clock clock;

    public AlgoCancellation(OrderRepository orders, AlgoRepository algos, OrderCancellation orderCancellation,
            ParentProgress progress, TransactionTemplate tx, Clock clock) {
        this.orders = orders;
        this.algos = algos;
        this.orderCancellation = orderCancellation;
        this.progress = progress;
        this.tx = tx;
        this.clock = clock;
    }

    /** Cancels one of the caller's parents with its open children; the parent as it stands afterwards. */
    public CancelResult cancel(AccountId account, OrderId parentId, String reason) {
        CancelResult requested = tx.execute(status -> {
            Order parent = orders.lock(parentId).filter(o -> o.accountId().equals(account)).orElse(null);
            if (parent == null) {
                return new CancelResult(parentId, Outcome.NOT_FOUND, Optional.empty());
            }
            if (parent.status() != OrderStatus.NEW && parent.status() != OrderStatus.PARTIALLY_FILLED) {
                return new CancelResult(parentId, Outcome.NOT_CANCELABLE, Optional.of(parent));
            }
            AlgoParent algo = algos.find(parentId).orElseThrow().stopping(reason);
            parent.apply(new OrderUpdate.RequestCancel(clock.instant()));
            if (algo.openChildQuantity().isZero()) {
                parent.apply(new OrderUpdate.Cancel(reason, clock.instant()));
            }
            orders.update(parent);
            algos.update(algo);
            progress.recordEntered(parent, algo);
            return new CancelResult(parentId, Outcome.CANCELED, Optional.of(parent));
        });
        if (requested.outcome() != Outcome.CANCELED) {
            return requested;
        }
        finishStopping(parentId);
        return new CancelResult(parentId, Outcome.CANCELED, orders.find(account, parentId));
    }

    /**
     * Cancels the open children of a parent that is being stopped; if none is open any more, cancels the parent's
     * remainder (a crash between the steps is finished by the scheduler's next round).
     */
    public void finishStopping(OrderId parentId) {
        Order parent = algos.accountOf(parentId).flatMap(account -> orders.find(account, parentId)).orElse(null);
        if (parent == null || parent.status() != OrderStatus.PENDING_CANCEL) {
            return;
        }
        String reason = algos.find(parentId).map(AlgoParent::stopReason).orElse("stopped");
        for (OrderId child : algos.openChildIds(parentId)) {
            orderCancellation.cancel(parent.accountId(), child, "parent " + parentId + " canceled: " + reason);
        }
        tx.executeWithoutResult(status -> {
            Order locked = orders.lock(parentId).orElseThrow();
            if (locked.status() == OrderStatus.PENDING_CANCEL && algos.openChildIds(parentId).isEmpty()) {
                AlgoParent algo = algos.find(parentId).orElseThrow();
                locked.apply(new OrderUpdate.Cancel(algo.stopReason() == null ? reason : algo.stopReason(),
                        clock.instant()));
                orders.update(locked);
                progress.recordEntered(locked, algo);
            }
        });
    }
}
