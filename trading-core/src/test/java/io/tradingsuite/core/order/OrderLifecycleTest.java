package io.tradingsuite.core.order;

import static io.tradingsuite.core.order.OrderFixture.T0;
import static io.tradingsuite.core.order.OrderFixture.fill;
import static io.tradingsuite.core.order.OrderFixture.marketBuy;
import static io.tradingsuite.core.order.OrderFixture.working;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {

    @Test
    void aRequestedOrderIsPendingNewUntilRiskDecides() {
        Order order = marketBuy("10");

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_NEW);
        assertThat(order.filledQuantity()).isEqualTo(Quantity.ZERO);
        assertThat(order.averageFillPrice()).isEmpty();
    }

    @Test
    void acceptingMakesItNewAndRecordsTheSubmissionTime() {
        Order order = marketBuy("10");

        OrderDomainEvent event = order.apply(new OrderUpdate.Accept(T0.plusSeconds(1)));

        assertThat(event).isEqualTo(new OrderDomainEvent.OrderAccepted(order.id(), T0.plusSeconds(1)));
        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
        assertThat(order.submittedAt()).contains(T0.plusSeconds(1));
    }

    @Test
    void aDenialKeepsTheRiskReasonCode() {
        Order order = marketBuy("10");

        OrderDomainEvent event = order.apply(new OrderUpdate.Deny("RISK_MAX_NOTIONAL", "too big", T0));

        assertThat(event).isInstanceOf(OrderDomainEvent.OrderDenied.class);
        assertThat(order.status()).isEqualTo(OrderStatus.DENIED);
        assertThat(order.reasonCode()).contains("RISK_MAX_NOTIONAL");
    }

    @Test
    void partialFillsThenAFinalFillCompleteTheOrderWithAnExactAverage() {
        Order order = working(marketBuy("3"));

        OrderDomainEvent first = order.apply(fill(1, "1", "100.01"));
        OrderDomainEvent second = order.apply(fill(2, "2", "100.02"));

        assertThat(first).isInstanceOfSatisfying(OrderDomainEvent.OrderPartiallyFilled.class, e -> {
            assertThat(e.filledQuantity()).isEqualTo(Quantity.of(1));
            assertThat(e.leavesQuantity()).isEqualTo(Quantity.of(2));
            assertThat(e.averageFillPrice()).isEqualTo(Price.of("100.01"));
        });
        // (100.01 + 2 x 100.02) / 3 = 300.05 / 3 = 100.016666666..., half-even to 8 decimals
        assertThat(second).isInstanceOfSatisfying(OrderDomainEvent.OrderFilled.class, e -> {
            assertThat(e.filledQuantity()).isEqualTo(Quantity.of(3));
            assertThat(e.averageFillPrice()).isEqualTo(Price.of("100.01666667"));
        });
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filledNotional()).isEqualTo(Money.of("300.05"));
        assertThat(order.filledAt()).contains(fill(2, "2", "100.02").at());
        assertThat(order.fillCount()).isEqualTo(2);
    }

    @Test
    void aFillBeyondTheOrderQuantityIsRefusedAndChangesNothing() {
        Order order = working(marketBuy("2"));
        order.apply(fill(1, "1", "50"));

        assertThatThrownBy(() -> order.apply(fill(2, "1.5", "50")))
                .isInstanceOf(InvalidOrderTransition.class)
                .hasMessageContaining("exceeds the open quantity 1");
        assertThat(order.filledQuantity()).isEqualTo(Quantity.of(1));
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
    }

    @Test
    void aFillBeforeAcceptanceIsNotInTheTable() {
        Order order = marketBuy("1");

        assertThatThrownBy(() -> order.apply(fill(1, "1", "50"))).isInstanceOf(InvalidOrderTransition.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_NEW);
    }

    @Test
    void terminalStatusesAcceptNothing() {
        Order filled = working(marketBuy("1"));
        filled.apply(fill(1, "1", "50"));

        assertThatThrownBy(() -> filled.apply(new OrderUpdate.Cancel("late", T0))).isInstanceOf(InvalidOrderTransition.class);
        assertThatThrownBy(() -> filled.apply(new OrderUpdate.Accept(T0))).isInstanceOf(InvalidOrderTransition.class);
        assertThatThrownBy(() -> filled.apply(new OrderUpdate.Expire(T0))).isInstanceOf(InvalidOrderTransition.class);
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aRestoredOrderContinuesWhereItStopped() {
        Order order = working(marketBuy("2"));
        order.apply(fill(1, "1", "10.5"));

        Order restored = Order.restore(order.snapshot());
        restored.apply(fill(2, "1", "10.6"));

        assertThat(restored.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(restored.averageFillPrice()).contains(Price.of("10.55"));
    }

    @Test
    void everyTableEntryIsExercised() {
        Quantity ten = Quantity.of(10);
        Quantity none = Quantity.ZERO;
        Quantity some = Quantity.of(1);
        assertThat(Order.next(OrderStatus.PENDING_NEW, new OrderUpdate.Accept(T0), none, ten)).isEqualTo(OrderStatus.NEW);
        assertThat(Order.next(OrderStatus.PENDING_NEW, new OrderUpdate.Deny("RISK_X", null, T0), none, ten)).isEqualTo(OrderStatus.DENIED);
        assertThat(Order.next(OrderStatus.PENDING_NEW, new OrderUpdate.Reject("VENUE_X", null, T0), none, ten)).isEqualTo(OrderStatus.REJECTED);
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.Reject("VENUE_X", null, T0), none, ten)).isEqualTo(OrderStatus.REJECTED);
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, new OrderUpdate.Reject("VENUE_X", null, T0), none, ten)).isEqualTo(OrderStatus.REJECTED);
        assertThat(Order.next(OrderStatus.PARTIALLY_FILLED, new OrderUpdate.Reject("VENUE_X", null, T0), some, ten)).isNull();
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, new OrderUpdate.Reject("VENUE_X", null, T0), some, ten)).isNull();
        assertThat(Order.next(OrderStatus.PENDING_NEW, new OrderUpdate.Cancel(null, T0), none, ten)).isEqualTo(OrderStatus.CANCELED);
        assertThat(Order.next(OrderStatus.NEW, fill(1, "1", "1"), some, ten)).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(Order.next(OrderStatus.PARTIALLY_FILLED, fill(1, "1", "1"), ten, ten)).isEqualTo(OrderStatus.FILLED);
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, fill(1, "1", "1"), some, ten)).isEqualTo(OrderStatus.PENDING_CANCEL);
        assertThat(Order.next(OrderStatus.PENDING_REPLACE, fill(1, "1", "1"), some, ten)).isEqualTo(OrderStatus.PENDING_REPLACE);
        assertThat(Order.next(OrderStatus.PENDING_REPLACE, fill(1, "1", "1"), ten, ten)).isEqualTo(OrderStatus.FILLED);
        assertThat(Order.next(OrderStatus.PARTIALLY_FILLED, new OrderUpdate.Cancel(null, T0), some, ten)).isEqualTo(OrderStatus.CANCELED);
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, new OrderUpdate.Cancel(null, T0), some, ten)).isEqualTo(OrderStatus.CANCELED);
        assertThat(Order.next(OrderStatus.PENDING_REPLACE, new OrderUpdate.Cancel(null, T0), some, ten)).isEqualTo(OrderStatus.CANCELED);
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.Expire(T0), none, ten)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, new OrderUpdate.Expire(T0), none, ten)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.StopTriggered(T0), none, ten)).isEqualTo(OrderStatus.NEW);
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.RequestCancel(T0), none, ten)).isEqualTo(OrderStatus.PENDING_CANCEL);
        assertThat(Order.next(OrderStatus.PARTIALLY_FILLED, new OrderUpdate.RequestCancel(T0), some, ten)).isEqualTo(OrderStatus.PENDING_CANCEL);
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, new OrderUpdate.CancelRefused("filled", T0), none, ten)).isEqualTo(OrderStatus.NEW);
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, new OrderUpdate.CancelRefused("x", T0), some, ten)).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.RequestReplace(T0), none, ten)).isEqualTo(OrderStatus.PENDING_REPLACE);
        assertThat(Order.next(OrderStatus.PENDING_REPLACE, new OrderUpdate.ReplaceRefused("denied", T0), some, ten)).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(Order.next(OrderStatus.PENDING_REPLACE, new OrderUpdate.Replaced(OrderId.of("o-2"), ClientOrderId.of("c-2"), T0), none, ten)).isEqualTo(OrderStatus.REPLACED);
        // not in the table
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.Deny("RISK_X", null, T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.DENIED, new OrderUpdate.Accept(T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.PENDING_NEW, new OrderUpdate.RequestCancel(T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.PENDING_REPLACE, new OrderUpdate.RequestCancel(T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, new OrderUpdate.RequestReplace(T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.Replaced(OrderId.of("o-2"), ClientOrderId.of("c-2"), T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.ReplaceRefused("x", T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.REPLACED, fill(1, "1", "1"), some, ten)).isNull();
        assertThat(Order.next(OrderStatus.PENDING_NEW, new OrderUpdate.StopTriggered(T0), none, ten)).isNull();
    }

    @Test
    void doneForDayRestsAtTheVenueUntilTheNextSessionAndCanStillBeCanceledOrExpire() {
        Quantity none = Quantity.ZERO;
        Quantity some = Quantity.of(3);
        Quantity ten = Quantity.of(10);
        OrderStatus dfd = OrderStatus.DONE_FOR_DAY;
        assertThat(dfd.isTerminal()).isFalse();
        assertThat(dfd.isWorking()).as("a done_for_day order cannot fill").isFalse();
        assertThat(dfd.isAtVenue()).isTrue();
        assertThat(OrderStatus.fromWire("done_for_day")).isEqualTo(dfd);
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.DoneForDay(T0), none, ten)).isEqualTo(dfd);
        assertThat(Order.next(OrderStatus.PARTIALLY_FILLED, new OrderUpdate.DoneForDay(T0), some, ten)).isEqualTo(dfd);
        assertThat(Order.next(dfd, new OrderUpdate.SessionOpened(T0), none, ten)).isEqualTo(OrderStatus.NEW);
        assertThat(Order.next(dfd, new OrderUpdate.SessionOpened(T0), some, ten)).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(Order.next(dfd, new OrderUpdate.Cancel("user", T0), some, ten)).isEqualTo(OrderStatus.CANCELED);
        assertThat(Order.next(dfd, new OrderUpdate.RequestCancel(T0), some, ten)).isEqualTo(OrderStatus.PENDING_CANCEL);
        assertThat(Order.next(dfd, new OrderUpdate.Expire(T0), some, ten)).isEqualTo(OrderStatus.EXPIRED);
        // not in the table: it does not fill, trigger, trail or get replaced, and only resting orders end the day
        assertThat(Order.next(dfd, fill(1, "1", "1"), some, ten)).isNull();
        assertThat(Order.next(dfd, new OrderUpdate.StopTriggered(T0), none, ten)).isNull();
        assertThat(Order.next(dfd, new OrderUpdate.RequestReplace(T0), none, ten)).isNull();
        assertThat(Order.next(dfd, new OrderUpdate.DoneForDay(T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.PENDING_NEW, new OrderUpdate.DoneForDay(T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.PENDING_CANCEL, new OrderUpdate.DoneForDay(T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.FILLED, new OrderUpdate.DoneForDay(T0), ten, ten)).isNull();
        assertThat(Order.next(OrderStatus.NEW, new OrderUpdate.SessionOpened(T0), none, ten)).isNull();
        assertThat(Order.next(OrderStatus.CANCELED, new OrderUpdate.SessionOpened(T0), none, ten)).isNull();
    }

    @Test
    void aPartlyFilledOrderEndsTheDayAndResumesWithItsFillsKept() {
        Order order = working(marketBuy("10"));
        order.apply(fill(1, "4", "100.00"));

        OrderDomainEvent done = order.apply(new OrderUpdate.DoneForDay(T0.plusSeconds(60)));

        assertThat(done).isEqualTo(new OrderDomainEvent.OrderDoneForDay(order.id(), Quantity.of(4), T0.plusSeconds(60)));
        assertThat(order.status()).isEqualTo(OrderStatus.DONE_FOR_DAY);
        assertThat(order.allows(fill(2, "1", "100.00"))).isFalse();
        assertThatThrownBy(() -> order.apply(fill(2, "1", "100.00"))).isInstanceOf(InvalidOrderTransition.class);
        assertThat(Order.restore(order.snapshot()).status()).isEqualTo(OrderStatus.DONE_FOR_DAY);

        OrderDomainEvent resumed = order.apply(new OrderUpdate.SessionOpened(T0.plusSeconds(120)));

        assertThat(resumed).isEqualTo(new OrderDomainEvent.OrderResumed(order.id(), OrderStatus.PARTIALLY_FILLED,
                T0.plusSeconds(120)));
        assertThat(order.allows(fill(2, "6", "101.00"))).isTrue();
        order.apply(fill(2, "6", "101.00"));
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filledNotional()).isEqualTo(Money.of("1006.00"));
    }
}
