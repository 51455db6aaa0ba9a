package io.tradingsuite.execution.orderclass;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidatedClassOrder;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.orderclass.LegRole;
import io.tradingsuite.core.orderclass.Legs;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderEntry;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.Placement;
import io.tradingsuite.execution.order.VenueCancels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Places a bracket, oco or oto order: the primary order goes the way of every manual order ({@link OrderEntry}:
 * recorded {@code pending_new}, {@code OrderRequested} to risk, the short decision wait) and in the same transaction
 * its legs are recorded, marked with the group ({@code group_id} = the primary's id): a bracket's take-profit and
 * stop-loss and an oto's one exit {@code held} (released by {@link ContingentOrders} when the entry ends), an oco's
 * stop-loss {@code pending_new} with its own {@code OrderRequested} (both exits work at once). The legs' client order
 * ids are the primary's plus {@code -tp} / {@code -sl}. Order classes need the paper venue (its cancels are confirmed
 * at once, which the group rules rely on): with a broker venue the request is refused with a field error.
 */
@Service
public class OrderClassEntry {

    private final OrderEntry entry;
    private final OrderRepository orders;
    private final OrderGroupRepository groups;
    private final Outbox outbox;
    private final ExecutionMetrics metrics;
    private final VenueCancels venue;

    public OrderClassEntry(OrderEntry entry, OrderRepository orders, OrderGroupRepository groups, Outbox outbox,
            ExecutionMetrics metrics, VenueCancels venue) {
        this.entry = entry;
        this.orders = orders;
        this.groups = groups;
        this.outbox = outbox;
        this.metrics = metrics;
        this.venue = venue;
    }

    /** Places a validated order of class bracket, oco or oto for {@code account}; the primary as it stands after the wait. */
    public Placement place(AccountId account, ValidatedClassOrder validated) {
        OrderClass orderClass = validated.orderClass();
        if (orderClass == OrderClass.SIMPLE) {
            throw new IllegalArgumentException("a simple order has no legs");
        }
        if (!venue.confirmsAtOnce()) {
            throw new ValidationException(List.of(FieldViolation.of("order_class", ErrorCode.VALIDATION_ORDER_CLASS,
                    orderClass.wire() + " orders are supported on the paper venue only")));
        }
        ClientOrderId chosen = validated.order().clientOrderId();
        if (chosen != null && orders.findByClientOrderId(account, chosen).isEmpty()) {
            List<FieldViolation> taken = new ArrayList<>();
            for (LegRole role : LegRole.values()) {
                ClientOrderId leg = Legs.clientOrderId(chosen, role);
                if (orders.findByClientOrderId(account, leg).isPresent()) {
                    taken.add(FieldViolation.of("client_order_id", ErrorCode.VALIDATION_FORMAT,
                            "client_order_id " + leg + " (for the " + role.wire() + " leg) is already used"));
                }
            }
            if (!taken.isEmpty()) {
                throw new ValidationException(taken);
            }
        }
        List<OrderStatus> recorded = new ArrayList<>();
        Placement placement = entry.place(account, validated.order(), (primary, at) -> {
            groups.mark(primary.id(), orderClass, primary.id(), null);
            for (Legs.Leg leg : Legs.of(orderClass, primary.ticket(), validated.exits())) {
                recorded.add(recordLeg(primary, orderClass, leg, at));
            }
        });
        if (placement.created()) {
            recorded.forEach(metrics::orderEntered);
        }
        return placement;
    }

    private OrderStatus recordLeg(Order primary, OrderClass orderClass, Legs.Leg leg, Instant at) {
        OrderId id = OrderId.of(UUID.randomUUID().toString());
        OrderTicket ticket = leg.ticket();
        if (orderClass.hasEntry()) {
            orders.insert(Order.held(id, primary.accountId(), ticket, primary.correlationId(), at), null);
            groups.mark(id, orderClass, primary.id(), leg.role());
            return OrderStatus.HELD;
        }
        UUID requestId = UUID.randomUUID();
        orders.insert(Order.request(id, primary.accountId(), ticket, primary.correlationId(), at), requestId);
        groups.mark(id, orderClass, primary.id(), leg.role());
        outbox.publish(new OrderRequested(requestId, at, primary.correlationId(), primary.accountId(), ticket));
        return OrderStatus.PENDING_NEW;
    }
}
