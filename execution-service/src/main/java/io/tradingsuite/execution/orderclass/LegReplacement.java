package io.tradingsuite.execution.orderclass;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.validation.ExitPrices;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.orderclass.LegRole;
import io.tradingsuite.execution.order.OrderReplacement;
import io.tradingsuite.execution.orderclass.OrderGroupRepository.GroupLink;
import io.tradingsuite.execution.order.OrderReplacement.ReplaceResult;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.VenueCancels;
import io.tradingsuite.execution.order.ReplaceChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code PATCH} of an order-class leg (Alpaca lets a bracket's legs be replaced, e.g. a stop-loss moved to break-even):
 * a working take-profit or stop-loss of a bracket / oto, or an oco's stop-loss, may change its {@code limit_price} /
 * {@code stop_price} (and client order id). Its quantity and time in force follow the group, so changing them is a
 * field error ({@code VALIDATION_ORDER_CLASS}), and the new prices must still lie on the right sides of the open
 * sibling's ({@code VALIDATION_EXIT_PRICES}, on the body's {@code limit_price} / {@code stop_price}). The replacement
 * goes through risk like any replacement, naming its sibling ({@code ocoWith}); once approved it takes the original's
 * place in the group ({@link ContingentOrders} moves the link in the transaction that ends the original as
 * {@code replaced}). A group's primary (a bracket / oto entry, an oco's take-profit) is not replaceable.
 */
@Service
public class LegReplacement {

    private final OrderReplacement replacement;
    private final OrderRepository orders;
    private final OrderGroupRepository groups;

    private final VenueCancels venue;

    public LegReplacement(OrderReplacement replacement, OrderRepository orders, OrderGroupRepository groups,
            VenueCancels venue) {
        this.venue = venue;
        this.replacement = replacement;
        this.orders = orders;
        this.groups = groups;
    }

    /** A group's order that cannot be replaced; the message says why. */
    public static final class NotReplaceableException extends RuntimeException {
        NotReplaceableException(String message) {
            super(message);
        }
    }

    /** Replaces the order if it belongs to a group (empty when it does not: a simple order is replaced as usual). */
    public Optional<ReplaceResult> replace(AccountId account, OrderId id, ReplaceChanges changes) {
        GroupLink link = groups.linkOf(id).orElse(null);
        if (link == null || orders.find(account, id).isEmpty()) {
            return Optional.empty(); // not in a group, or not the caller's: replaced (or not found) as usual
        }
        if (link.isPrimary()) {
            throw new NotReplaceableException("order " + id + " is the " + (link.orderClass().hasEntry() ? "entry"
                    : "take-profit") + " of a " + link.orderClass().wire() + " order, which cannot be replaced (its "
                    + (link.orderClass().hasEntry() ? "exits" : "stop-loss") + " can); cancel it and place a new one");
        }
        Optional<Order> found = orders.find(account, id);
        if (found.isEmpty()) {
            return Optional.of(replacement.replace(account, id, changes));
        }
        Order leg = found.get();
        Optional<String> notNow = venue.whyNotReplaceable(leg);
        if (notNow.isPresent()) {
            throw new NotReplaceableException(notNow.get());
        }
        Order sibling = check(link, leg, changes);
        ClientOrderId ocoWith = sibling == null ? null : sibling.ticket().clientOrderId();
        // again in the replacing transaction, under the group's lock: a concurrent PATCH of the other exit of a
        // bracket holds it until its commit, so the sibling read then is the one that counts (an oco's other order is
        // its primary, which is not replaceable: no such race, and its lock stays out of the fill path's order)
        Runnable underGroupLock = link.orderClass().hasEntry() ? () -> {
            orders.lock(link.groupId());
            check(link, orders.find(account, id).orElseThrow(), changes);
        } : () -> {
        };
        return Optional.of(replacement.replace(account, id, changes, ocoWith, underGroupLock));
    }

    /** The leg's checks (see the class comment); returns its open sibling, null without one. */
    private Order check(GroupLink link, Order leg, ReplaceChanges changes) {
        Order sibling = openSibling(link, leg).orElse(null);
        if (sibling != null && sibling.status() == OrderStatus.PENDING_REPLACE) {
            throw new NotReplaceableException("the other exit of order " + leg.id() + "'s group is being replaced;"
                    + " replace this one once risk has decided that");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (changes.qty() != null) {
            violations.add(FieldViolation.of("qty", ErrorCode.VALIDATION_ORDER_CLASS,
                    "a leg's qty follows its group (the entry's fill, the sibling's fills)"));
        }
        if (changes.timeInForce() != null) {
            violations.add(FieldViolation.of("time_in_force", ErrorCode.VALIDATION_ORDER_CLASS,
                    "a leg keeps its group's time_in_force"));
        }
        violations.addAll(exitPrices(link.role(), leg, sibling, changes));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return sibling;
    }

    /** The other exit of the group, if it is still open (a replaced one's successor counts, the replaced not). */
    private Optional<Order> openSibling(GroupLink link, Order leg) {
        if (link.orderClass() == OrderClass.OTO) {
            return Optional.empty();
        }
        for (GroupLink member : groups.members(link.groupId())) {
            boolean exit = link.orderClass() == OrderClass.OCO || !member.isPrimary();
            if (exit && !member.orderId().equals(leg.id())) {
                Optional<Order> other = orders.find(leg.accountId(), member.orderId())
                        .filter(o -> !o.status().isTerminal());
                if (other.isPresent()) {
                    return other;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The exit-price rules for the leg's new prices and the open sibling's (without one, a stop-loss's own limit
     * against its stop), reported on the PATCH body's fields.
     */
    private static List<FieldViolation> exitPrices(LegRole role, Order leg, Order sibling, ReplaceChanges changes) {
        Price limit = changes.limitPrice() != null ? changes.limitPrice() : leg.ticket().limitPrice();
        Price stop = changes.stopPrice() != null ? changes.stopPrice() : leg.ticket().stopPrice();
        ExitPrices exits = role == LegRole.TAKE_PROFIT
                ? new ExitPrices(limit, sibling == null ? null : sibling.ticket().stopPrice(),
                        sibling == null ? null : sibling.ticket().limitPrice())
                : new ExitPrices(sibling == null ? null : sibling.ticket().limitPrice(), stop, limit);
        return exits.check(leg.ticket().side()).stream().map(v -> new FieldViolation(
                role == LegRole.TAKE_PROFIT || v.field().equals("stop_loss.limit_price") ? "limit_price" : "stop_price",
                v.code(), v.message())).toList();
    }
}
