package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.OrderRequestValidator;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces a working order ({@code PATCH /api/orders/{id}}). In one transaction the original goes to
 * {@code pending_replace} (it keeps working meanwhile), the replacement is recorded {@code pending_new} with
 * {@code replaces} = the original, and an {@code OrderRequested} (source manual) asks risk about it: the replacement
 * passes risk like any order. {@link DecisionProcessor} finishes the job: approved → original {@code replaced} (with
 * {@code replaced_by}) and replacement {@code new}; denied → replacement {@code denied}, original working again. The
 * request then waits for the decision like an order entry.
 */
@Service
public class OrderReplacement {

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final Outbox outbox;
    private final OrderRequestValidator validator;
    private final TransactionTemplate tx;
    private final DecisionWaiters waiters;
    private final OrderEntry entry;
    private final ExecutionMetrics metrics;
    private final Clock clock;
    private final VenueReadiness venue;

    public OrderReplacement(OrderRepository orders, OrderTransitions transitions, Outbox outbox,
            OrderRequestValidator validator, TransactionTemplate tx, DecisionWaiters waiters, OrderEntry entry,
            ExecutionMetrics metrics, Clock clock, VenueReadiness venue) {
        this.orders = orders;
        this.transitions = transitions;
        this.outbox = outbox;
        this.validator = validator;
        this.tx = tx;
        this.waiters = waiters;
        this.entry = entry;
        this.metrics = metrics;
        this.clock = clock;
        this.venue = venue;
    }

    /** What happened to a replace request. */
    public enum Outcome {
        /** The replacement was recorded and sent to risk; {@code replacement} is it after the decision wait. */
        REQUESTED,
        NOT_FOUND,
        /** The original is not {@code new}/{@code partially_filled} (terminal, pending_new or already pending). */
        NOT_REPLACEABLE
    }

    /** The result: the replacement order when requested, else the original as found (empty when unknown). */
    public record ReplaceResult(Outcome outcome, Optional<Order> order) {
    }

    /**
     * Replaces one of the caller's orders; throws {@link ValidationException} when the replacement would not be a
     * valid order, or when its client order id is already used, and {@link VenueNotReadyException} while the venue
     * takes no orders.
     */
    public ReplaceResult replace(AccountId account, OrderId id, ReplaceChanges changes) {
        return replace(account, id, changes, null, () -> {
        });
    }

    /**
     * Replaces one of the caller's orders like {@link #replace(AccountId, OrderId, ReplaceChanges)}; {@code ocoWith}
     * is the exit the replacement is paired with (a bracket / oco leg's sibling, for risk), null for others;
     * {@code first} runs at the start of the transaction, before the order is locked (an order-class leg's group
     * lock and checks; what it throws ends the request unchanged).
     */
    public ReplaceResult replace(AccountId account, OrderId id, ReplaceChanges changes, ClientOrderId ocoWith,
            Runnable first) {
        Optional<Order> found = orders.find(account, id);
        if (found.isEmpty()) {
            return new ReplaceResult(Outcome.NOT_FOUND, Optional.empty());
        }
        venue.requireReady();
        ClientOrderId clientOrderId = changes.clientOrderId() != null ? changes.clientOrderId()
                : ClientOrderId.of(UUID.randomUUID().toString());
        OrderTicket preview = changes.applyTo(found.get().ticket(), found.get().leavesQuantity(), clientOrderId);
        List<FieldViolation> violations = validator.check(preview);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (changes.clientOrderId() != null && orders.findByClientOrderId(account, clientOrderId).isPresent()) {
            throw new ValidationException(List.of(new FieldViolation("client_order_id", "VALIDATION_FORMAT",
                    "client_order_id " + clientOrderId + " is already used")));
        }
        CompletableFuture<Void> decided = waiters.register(account, clientOrderId);
        Order replacement;
        try {
            replacement = tx.execute(status -> {
                first.run();
                Order original = orders.lock(id).orElseThrow();
                if (original.status() != OrderStatus.NEW && original.status() != OrderStatus.PARTIALLY_FILLED) {
                    return null;
                }
                OrderTicket ticket = changes.applyTo(original.ticket(), original.leavesQuantity(), clientOrderId);
                var now = clock.instant();
                transitions.apply(original, new OrderUpdate.RequestReplace(now));
                UUID requestId = UUID.randomUUID();
                Order next = Order.replacement(OrderId.of(UUID.randomUUID().toString()), account, ticket,
                        original.correlationId(), now, original.id());
                orders.insert(next, requestId);
                outbox.publish(OrderRequested.replacement(requestId, now, original.correlationId(), account, ticket,
                        original.ticket().clientOrderId(), original.leavesQuantity(), ocoWith));
                return next;
            });
        } catch (DuplicateKeyException concurrentRepeat) {
            waiters.forget(account, clientOrderId, decided);
            throw new ValidationException(List.of(new FieldViolation("client_order_id", "VALIDATION_FORMAT",
                    "client_order_id " + clientOrderId + " is already used")));
        } catch (RuntimeException refused) {
            waiters.forget(account, clientOrderId, decided);
            throw refused;
        }
        if (replacement == null) {
            waiters.forget(account, clientOrderId, decided);
            return new ReplaceResult(Outcome.NOT_REPLACEABLE, orders.find(account, id));
        }
        metrics.orderEntered(OrderStatus.PENDING_REPLACE);
        metrics.orderEntered(OrderStatus.PENDING_NEW);
        entry.awaitDecision(decided);
        waiters.forget(account, clientOrderId, decided);
        return new ReplaceResult(Outcome.REQUESTED, orders.find(account, replacement.id()));
    }
}
