package io.tradingsuite.core.orderclass;

import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contingency rules of order classes, as named decisions over the orders' states (the adapter applies them to
 * the orders in the transaction of the change that triggered them).
 *
 * <p><b>Entry → held legs</b> ({@link #afterEntry}, bracket and oto): legs are held while the entry works (also while
 * it fills partly); the entry {@code filled} releases them for its filled quantity; an entry that ends otherwise
 * (canceled, expired, rejected, denied) after a partial fill releases them for what filled, and with nothing filled
 * cancels them.
 *
 * <p><b>Exit ↔ sibling exit</b> (the two legs of a bracket, the two orders of an oco; "one updates other"):
 * {@link #afterExitFill}: when one exit fills completely the other is canceled; when it fills partly the other's
 * quantity is reduced so its open quantity equals this one's open quantity (both then have the group's remainder
 * open: the two never fill more than the group between them). {@link #afterExitEnded}: an exit canceled or expired
 * without completing cancels its sibling (cancelling either cancels both); one denied by risk or rejected by the
 * venue leaves the sibling working (it still protects the position; the refusal shows on the leg). A held leg is
 * never touched by its sibling: held legs follow their entry only.
 *
 * <p>{@link #forEntry} and {@link #forExit} turn the rules into the order updates to apply ({@link Directive}); the
 * caller applies each with the order state machine (which refuses anything outside its table), so a rule applied
 * twice finds nothing left to do: a leg is released only from {@code held}, a sibling canceled only while open.
 */
public final class Contingency {

    private Contingency() {
    }

    /** An order as the rules see it. */
    public record OrderView(OrderStatus status, Quantity quantity, Quantity filled) {

        public Quantity leaves() {
            return quantity.minus(filled);
        }
    }

    /** What happens to held legs after a change of their entry. */
    public sealed interface EntryStep {
    }

    /** Keep the legs held. */
    public record Hold() implements EntryStep {
    }

    /** Release the held legs for {@code quantity} (the entry's filled quantity). */
    public record Release(Quantity quantity) implements EntryStep {
    }

    /** Cancel the held legs. */
    public record CancelLegs(String reason) implements EntryStep {
    }

    /** What happens to an exit's sibling. */
    public sealed interface SiblingStep {
    }

    /** Leave the sibling as it is. */
    public record Leave() implements SiblingStep {
    }

    /** Reduce the sibling's quantity to {@code quantity}. */
    public record Reduce(Quantity quantity) implements SiblingStep {
    }

    /** Cancel the sibling. */
    public record CancelSibling(String reason) implements SiblingStep {
    }

    /** The step for the held legs after the entry changed to {@code entry}. */
    public static EntryStep afterEntry(OrderView entry) {
        if (!entry.status().isTerminal()) {
            return new Hold();
        }
        if (entry.filled().isPositive()) {
            return new Release(entry.filled());
        }
        return new CancelLegs("entry " + entry.status().wire() + " unfilled");
    }

    /** The step for {@code sibling} after {@code exit} filled (partly or completely). */
    public static SiblingStep afterExitFill(OrderView exit, OrderView sibling) {
        if (!siblingOpen(sibling)) {
            return new Leave();
        }
        if (exit.leaves().isZero()) {
            return new CancelSibling("oco: sibling filled");
        }
        Quantity target = sibling.filled().plus(exit.leaves());
        if (target.compareTo(sibling.quantity()) < 0) {
            return new Reduce(target);
        }
        return new Leave();
    }

    /** The step for {@code sibling} after {@code exit} reached a terminal status other than by its last fill. */
    public static SiblingStep afterExitEnded(OrderView exit, OrderView sibling) {
        if (!siblingOpen(sibling)) {
            return new Leave();
        }
        return switch (exit.status()) {
            case CANCELED, EXPIRED -> new CancelSibling("oco: sibling " + exit.status().wire());
            case FILLED -> new CancelSibling("oco: sibling filled");
            default -> new Leave();
        };
    }

    private static boolean siblingOpen(OrderView sibling) {
        return !sibling.status().isTerminal();
    }

    /** An update the rules ask for: apply {@code update} to {@code target}. */
    public record Directive(Order target, OrderUpdate update) {
    }

    /** What to do with the {@code legs} of {@code entry} after the entry changed (only held legs are touched). */
    public static List<Directive> forEntry(Order entry, List<Order> legs, Instant at) {
        List<Directive> directives = new ArrayList<>();
        EntryStep step = afterEntry(view(entry));
        for (Order leg : legs) {
            if (leg.status() != OrderStatus.HELD) {
                continue;
            }
            switch (step) {
                case Hold ignored -> {
                }
                case Release release -> directives.add(new Directive(leg,
                        new OrderUpdate.Release(release.quantity().min(leg.ticket().quantity()), at)));
                case CancelLegs cancel -> directives.add(new Directive(leg, new OrderUpdate.Cancel(cancel.reason(), at)));
            }
        }
        return directives;
    }

    /**
     * What to do with {@code sibling} after {@code event} happened to the exit {@code exit}: a fill updates or
     * cancels it, an end other than a fill may cancel it; anything else changes nothing.
     */
    public static Optional<Directive> forExit(Order exit, OrderDomainEvent event, Order sibling, Instant at) {
        if (sibling.status() == OrderStatus.HELD) {
            return Optional.empty(); // held legs follow their entry only
        }
        SiblingStep step = switch (event) {
            case OrderDomainEvent.OrderFilled ignored -> afterExitFill(view(exit), view(sibling));
            case OrderDomainEvent.OrderPartiallyFilled ignored -> afterExitFill(view(exit), view(sibling));
            default -> exit.status().isTerminal() ? afterExitEnded(view(exit), view(sibling)) : new Leave();
        };
        return switch (step) {
            case Leave ignored -> Optional.empty();
            case CancelSibling cancel -> Optional.of(new Directive(sibling, new OrderUpdate.Cancel(cancel.reason(), at)));
            case Reduce reduce -> reducible(sibling.status())
                    ? Optional.of(new Directive(sibling, new OrderUpdate.Reduce(reduce.quantity(), at)))
                    : Optional.empty();
        };
    }

    private static boolean reducible(OrderStatus status) {
        return status == OrderStatus.HELD || status == OrderStatus.PENDING_NEW || status == OrderStatus.NEW
                || status == OrderStatus.PARTIALLY_FILLED || status == OrderStatus.PENDING_REPLACE;
    }

    private static OrderView view(Order order) {
        return new OrderView(order.status(), order.ticket().quantity(), order.filledQuantity());
    }
}
