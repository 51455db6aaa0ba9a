package io.tradingsuite.core.orderclass;

import static io.tradingsuite.core.orderclass.BracketScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random sequences of fills, cancels, expiries, approvals and denials on brackets and oco pairs, the contingency
 * rules applied after every step (owner cancels of held legs included). After each step: legs are released only once
 * the entry ended and at most once,
 * never for more than the entry filled; the exits' fills together never exceed the entry's fill (bracket) or the
 * group's quantity (oco); an exit that filled completely leaves its sibling ended; two open exits have the same open
 * quantity once either filled; an entry that ended unfilled leaves no leg open.
 */
class ExitsNeverOverfillForRandomFillAndCancelSequencesTest {

    /** One random step: what happens to which order (0 = entry, 1 = take-profit, 2 = stop-loss). */
    record Step(int target, int kind, int qty) {
    }

    @Property(tries = 400, seed = "20261202")
    void bracketExitsNeverExceedTheEntrysFill(@ForAll @IntRange(min = 1, max = 40) int qty,
            @ForAll("steps") List<Step> steps) {
        BracketScenario s = BracketScenario.bracket(qty);
        for (Step step : steps) {
            Order target = step.target() == 0 ? s.entry : step.target() == 1 ? s.takeProfit() : s.stopLoss();
            s.apply(target, update(s, target, step));

            assertThat(new HashSet<>(s.released)).as("each leg released at most once").hasSameSizeAs(s.released);
            if (!s.entry.status().isTerminal()) {
                assertThat(s.released).as("nothing is released before the entry ends").isEmpty();
                assertThat(s.legs).extracting(Order::status).isSubsetOf(OrderStatus.HELD, OrderStatus.CANCELED);
            }
            for (Order leg : s.legs) {
                if (leg.status() != OrderStatus.HELD && s.released.contains(leg)) {
                    assertThat(leg.ticket().quantity()).isLessThanOrEqualTo(s.entry.filledQuantity());
                }
            }
            Quantity exits = s.takeProfit().filledQuantity().plus(s.stopLoss().filledQuantity());
            assertThat(exits).isLessThanOrEqualTo(s.entry.filledQuantity());
            if (s.entry.status().isTerminal() && s.entry.filledQuantity().isZero()) {
                assertThat(s.legs).allMatch(leg -> leg.status().isTerminal());
            }
            siblingRules(s);
        }
    }

    @Property(tries = 400, seed = "20261203")
    void ocoOrdersNeverFillMoreThanTheGroupTogether(@ForAll @IntRange(min = 1, max = 40) int qty,
            @ForAll("steps") List<Step> steps) {
        BracketScenario s = BracketScenario.oco(qty);
        for (Step step : steps) {
            Order target = step.target() % 2 == 0 ? s.takeProfit() : s.stopLoss();
            s.apply(target, update(s, target, step));

            Quantity together = s.takeProfit().filledQuantity().plus(s.stopLoss().filledQuantity());
            assertThat(together).isLessThanOrEqualTo(Quantity.of(qty));
            siblingRules(s);
        }
    }

    private static void siblingRules(BracketScenario s) {
        Order tp = s.takeProfit();
        Order sl = s.stopLoss();
        if (tp.status() == OrderStatus.FILLED) {
            assertThat(sl.status().isTerminal()).as("a filled take-profit ends the stop-loss").isTrue();
        }
        if (sl.status() == OrderStatus.FILLED) {
            assertThat(tp.status().isTerminal()).as("a filled stop-loss ends the take-profit").isTrue();
        }
        boolean eitherFilled = tp.filledQuantity().isPositive() || sl.filledQuantity().isPositive();
        if (eitherFilled && !tp.status().isTerminal() && !sl.status().isTerminal()) {
            assertThat(tp.leavesQuantity()).as("open exits keep the same open quantity").isEqualTo(sl.leavesQuantity());
        }
    }

    private static OrderUpdate update(BracketScenario s, Order target, Step step) {
        return switch (step.kind()) {
            case 0, 1, 2 -> {
                Quantity leaves = target.leavesQuantity();
                Quantity q = Quantity.of(step.qty()).min(leaves);
                yield q.isPositive() ? s.fill(q.value().intValue()) : new OrderUpdate.Accept(T0);
            }
            case 3 -> new OrderUpdate.Accept(T0);
            case 4 -> new OrderUpdate.Cancel("owner", T0);
            case 5 -> new OrderUpdate.Expire(T0);
            default -> new OrderUpdate.Deny("RISK_THROTTLED", "too fast", T0);
        };
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(8, 0), net.jqwik.api.Tuple.of(4, 3),
                                net.jqwik.api.Tuple.of(1, 4), net.jqwik.api.Tuple.of(1, 5), net.jqwik.api.Tuple.of(1, 6)),
                        Arbitraries.integers().between(1, 25))
                .as(Step::new);
        return step.list().ofMaxSize(40);
    }
}
