package io.tradingsuite.core.order;

import static io.tradingsuite.core.order.OrderFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TradeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Drives random sequences of updates (valid and invalid) against an order and checks, after every step: the filled
 * quantity never exceeds the order quantity, a terminal status never changes, an update is either applied (and the
 * status follows the table) or refused with the order unchanged, the filled notional is the exact sum of the applied
 * fills, a refused cancel/replace resumes the resting status, only a pending replace ends as replaced, only a resting
 * order becomes done_for_day, which does not fill and resumes its resting status at the next session.
 */
class OrderInvariantsHoldForRandomUpdateSequencesTest {

    @Property(tries = 500, seed = "20250102")
    void randomUpdateSequencesKeepTheInvariants(
            @ForAll @IntRange(min = 1, max = 50) int orderQty,
            @ForAll("updates") List<OrderUpdate> updates) {
        Order order = OrderFixture.marketBuy(Integer.toString(orderQty));
        Money expectedNotional = Money.ZERO;
        Quantity expectedFilled = Quantity.ZERO;

        for (OrderUpdate update : updates) {
            OrderSnapshot before = order.snapshot();
            try {
                OrderDomainEvent event = order.apply(update);
                assertThat(before.status().isTerminal()).as("terminal statuses are final").isFalse();
                assertThat(event.status()).isEqualTo(order.status());
                assertThat(Order.next(before.status(), update, order.filledQuantity(), order.ticket().quantity()))
                        .as("the status follows the table").isEqualTo(order.status());
                if (update instanceof OrderUpdate.ReplaceRefused || update instanceof OrderUpdate.CancelRefused) {
                    assertThat(order.status()).as("a refused request resumes working")
                            .isEqualTo(order.filledQuantity().isZero() ? OrderStatus.NEW : OrderStatus.PARTIALLY_FILLED);
                }
                if (order.status() == OrderStatus.REPLACED) {
                    assertThat(before.status()).isEqualTo(OrderStatus.PENDING_REPLACE);
                    assertThat(order.replacedBy()).isPresent();
                }
                if (order.status() == OrderStatus.DONE_FOR_DAY) {
                    assertThat(before.status()).as("only a resting order is done for the day")
                            .isIn(OrderStatus.NEW, OrderStatus.PARTIALLY_FILLED, OrderStatus.DONE_FOR_DAY);
                }
                if (before.status() == OrderStatus.DONE_FOR_DAY) {
                    assertThat(update).as("a done_for_day order does not fill, trigger or trail")
                            .isNotInstanceOf(Fill.class).isNotInstanceOf(OrderUpdate.StopTriggered.class)
                            .isNotInstanceOf(OrderUpdate.TrailMoved.class);
                    assertThat(order.status()).isIn(OrderStatus.NEW, OrderStatus.PARTIALLY_FILLED,
                            OrderStatus.CANCELED, OrderStatus.PENDING_CANCEL, OrderStatus.EXPIRED, OrderStatus.REJECTED);
                }
                if (order.status() == OrderStatus.REJECTED) {
                    assertThat(order.filledQuantity().isZero()).as("only an order without fills is rejected").isTrue();
                }
                if (update instanceof OrderUpdate.SessionOpened) {
                    assertThat(order.status()).as("the next session resumes the resting status")
                            .isEqualTo(order.filledQuantity().isZero() ? OrderStatus.NEW : OrderStatus.PARTIALLY_FILLED);
                }
                if (update instanceof Fill fill) {
                    expectedFilled = expectedFilled.plus(fill.quantity());
                    expectedNotional = expectedNotional.plus(fill.notional());
                }
                assertThat(Order.restore(before).allows(update)).as("allows agrees with apply").isTrue();
            } catch (InvalidOrderTransition refused) {
                assertThat(order.snapshot()).as("a refused update changes nothing").isEqualTo(before);
                assertThat(order.allows(update)).as("allows agrees with apply").isFalse();
            }
            assertThat(order.filledQuantity()).isEqualTo(expectedFilled);
            assertThat(order.filledQuantity().compareTo(order.ticket().quantity())).isLessThanOrEqualTo(0);
            assertThat(order.filledNotional()).isEqualTo(expectedNotional);
            assertThat(order.status() == OrderStatus.FILLED)
                    .isEqualTo(order.filledQuantity().equals(order.ticket().quantity()));
            if (!expectedFilled.isZero()) {
                BigDecimal exactAverage = expectedNotional.value()
                        .divide(expectedFilled.value(), Order.AVERAGE_PRICE_SCALE, RoundingMode.HALF_EVEN);
                assertThat(order.averageFillPrice()).contains(Price.of(exactAverage));
            }
        }
    }

    @Provide
    Arbitrary<List<OrderUpdate>> updates() {
        Arbitrary<OrderUpdate> fill = Combinators.combine(
                        Arbitraries.integers().between(1, 20),
                        Arbitraries.integers().between(1, 100_000))
                .as((qty, cents) -> new Fill(TradeId.of("t-" + qty + "-" + cents), Quantity.of(qty),
                        Price.of(BigDecimal.valueOf(cents, 2)), T0));
        Arbitrary<OrderUpdate> others = Arbitraries.<OrderUpdate>of(
                new OrderUpdate.Accept(T0),
                new OrderUpdate.Deny("RISK_MAX_NOTIONAL", "too big", T0),
                new OrderUpdate.Reject("VENUE_REJECTED", "no", T0),
                new OrderUpdate.Cancel("user", T0),
                new OrderUpdate.Expire(T0),
                new OrderUpdate.CancelRefused("filled meanwhile", T0),
                new OrderUpdate.ReplaceRefused("RISK_MAX_NOTIONAL", T0),
                new OrderUpdate.Replaced(io.tradingsuite.common.types.OrderId.of("o-2"),
                        io.tradingsuite.common.types.ClientOrderId.of("c-2"), T0));
        Arbitrary<OrderUpdate> sessions = Arbitraries.<OrderUpdate>of(
                new OrderUpdate.DoneForDay(T0),
                new OrderUpdate.SessionOpened(T0));
        Arbitrary<OrderUpdate> reduce = Arbitraries.integers().between(1, 50)
                .map(qty -> new OrderUpdate.Reduce(Quantity.of(qty), T0));
        Arbitrary<OrderUpdate> requests = Arbitraries.<OrderUpdate>of(
                new OrderUpdate.RequestCancel(T0),
                new OrderUpdate.RequestReplace(T0));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, fill),
                        net.jqwik.api.Tuple.of(3, Arbitraries.<OrderUpdate>just(new OrderUpdate.Accept(T0))),
                        net.jqwik.api.Tuple.of(1, requests),
                        net.jqwik.api.Tuple.of(2, sessions),
                        net.jqwik.api.Tuple.of(2, others),
                        net.jqwik.api.Tuple.of(1, reduce))
                .list().ofMaxSize(30);
    }
}
