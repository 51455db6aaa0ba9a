package io.tradingsuite.execution.web;

import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.algo.AlgoCancellation;
import io.tradingsuite.execution.algo.AlgoRepository;
import io.tradingsuite.execution.orderclass.LegReplacement;
import io.tradingsuite.execution.order.OrderCancellation;
import io.tradingsuite.execution.order.OrderCancellation.CancelResult;
import io.tradingsuite.execution.order.OrderReplacement;
import io.tradingsuite.execution.order.OrderReplacement.ReplaceResult;
import io.tradingsuite.execution.order.ReplaceChanges;
import io.tradingsuite.execution.order.VenueNotReadyException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cancel and replace, Alpaca style. {@code DELETE /api/orders/{id}}: 204, 404 {@code NOT_FOUND} for an unknown order
 * (or another account's), 422 {@code CONFLICT} when the order is not cancelable (terminal, or a replace is pending).
 * {@code DELETE /api/orders}: 207 with one {@link CancelStatus} per open order of the caller.
 * {@code PATCH /api/orders/{id}}: the replacement order (200; 202 while risk has not decided), 403 with the
 * {@code RISK_*} code when risk denied it (the original keeps working), 400 for invalid fields, 404/422 as above.
 */
@RestController
@RequestMapping("/api")
public class OrderChangeController {

    static final String USER_CANCEL = "canceled by the owner";

    private final OrderCancellation cancellation;
    private final OrderReplacement replacement;
    private final AlgoCancellation algoCancellation;
    private final AlgoRepository algos;
    private final OrderViews views;
    private final LegReplacement legReplacement;

    public OrderChangeController(OrderCancellation cancellation, OrderReplacement replacement,
            AlgoCancellation algoCancellation, AlgoRepository algos, OrderViews views, LegReplacement legReplacement) {
        this.legReplacement = legReplacement;
        this.cancellation = cancellation;
        this.replacement = replacement;
        this.algoCancellation = algoCancellation;
        this.algos = algos;
        this.views = views;
    }

    @DeleteMapping("/orders/{id}")
    @PreAuthorize("hasAnyRole('TRADER','ADMIN')")
    public ResponseEntity<Void> cancel(@PathVariable("id") String id) {
        AccountId account = CurrentUser.accountId();
        OrderId orderId = orderId(id);
        CancelResult result = algos.isParent(orderId) ? algoCancellation.cancel(account, orderId, USER_CANCEL)
                : cancellation.cancel(account, orderId, USER_CANCEL);
        return switch (result.outcome()) {
            case CANCELED -> ResponseEntity.noContent().build();
            case NOT_FOUND -> throw ApiException.notFound("no order " + id);
            case NOT_CANCELABLE -> throw notCancelable(result.order().orElseThrow());
        };
    }

    @DeleteMapping("/orders")
    @PreAuthorize("hasAnyRole('TRADER','ADMIN')")
    public ResponseEntity<List<CancelStatus>> cancelAll() {
        AccountId account = CurrentUser.accountId();
        List<CancelStatus> statuses = cancellation.cancelAll(account, USER_CANCEL).stream()
                .filter(r -> r.order().isPresent())
                .map(r -> new CancelStatus(r.id(), switch (r.outcome()) {
                    case CANCELED -> HttpStatus.OK.value();
                    case NOT_FOUND -> HttpStatus.NOT_FOUND.value();
                    case NOT_CANCELABLE -> HttpStatus.UNPROCESSABLE_CONTENT.value();
                }, views.of(r.order().get())))
                .toList();
        return ResponseEntity.status(HttpStatus.MULTI_STATUS).body(statuses);
    }

    @PatchMapping("/orders/{id}")
    @PreAuthorize("hasAnyRole('TRADER','ADMIN')")
    public ResponseEntity<OrderResponse> replace(@PathVariable("id") String id, @RequestBody ReplaceOrderBody body) {
        AccountId account = CurrentUser.accountId();
        OrderId orderId = orderId(id);
        if (algos.isAlgoOrder(orderId)) {
            throw new ApiException(ErrorCode.CONFLICT.name(), "Order not replaceable",
                    HttpStatus.UNPROCESSABLE_CONTENT.value(), "order " + id
                    + " belongs to an execution algorithm; cancel the parent and place a new one",
                    Map.of("order_id", id));
        }
        ReplaceResult result;
        try {
            ReplaceChanges changes = body.toChanges();
            result = legReplacement.replace(account, orderId, changes)
                    .orElseGet(() -> replacement.replace(account, orderId, changes));
        } catch (LegReplacement.NotReplaceableException notReplaceable) {
            throw new ApiException(ErrorCode.CONFLICT.name(), "Order not replaceable",
                    HttpStatus.UNPROCESSABLE_CONTENT.value(), notReplaceable.getMessage(), Map.of("order_id", id));
        } catch (VenueNotReadyException notReady) {
            throw new ApiException(ErrorCode.VENUE_UNAVAILABLE, 503, notReady.getMessage());
        }
        return switch (result.outcome()) {
            case NOT_FOUND -> throw ApiException.notFound("no order " + id);
            case NOT_REPLACEABLE -> throw new ApiException(ErrorCode.CONFLICT.name(), "Order not replaceable",
                    HttpStatus.UNPROCESSABLE_CONTENT.value(), "order " + id + " is "
                    + result.order().map(o -> o.status().wire()).orElse("gone")
                    + "; only new or partially_filled orders can be replaced", Map.of("order_id", id));
            case REQUESTED -> {
                Order placed = result.order().orElseThrow();
                if (placed.status() == OrderStatus.DENIED) {
                    throw new ApiException(placed.reasonCode().orElse(ErrorCode.RISK_DENIED.name()),
                            ErrorCode.RISK_DENIED.title(), HttpStatus.FORBIDDEN.value(),
                            placed.reasonDetail().orElse("replacement denied by risk"),
                            Map.of("order_id", placed.id().value(), "replaces", id));
                }
                yield placed.status() == OrderStatus.PENDING_NEW
                        ? ResponseEntity.status(HttpStatus.ACCEPTED).body(views.of(placed))
                        : ResponseEntity.ok(views.of(placed));
            }
        };
    }

    private static OrderId orderId(String id) {
        if (!OrderId.isValid(id)) {
            throw ApiException.notFound("no order " + id);
        }
        return OrderId.of(id);
    }

    private static ApiException notCancelable(Order order) {
        return new ApiException(ErrorCode.CONFLICT.name(), "Order not cancelable",
                HttpStatus.UNPROCESSABLE_CONTENT.value(), "order " + order.id() + " is " + order.status().wire()
                + " and cannot be canceled", Map.of("order_id", order.id().value(), "order_status", order.status().wire()));
    }
}
