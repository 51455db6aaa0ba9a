package io.tradingsuite.core.order;

import static io.tradingsuite.core.order.OrderFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import org.junit.jupiter.api.Test;

class HeldLegsAndQuantityReductionsFollowTheTableTest {

    private static Order heldLeg(String qty) {
        return Order.held(OrderId.of("leg"), AccountId.of("acc-1"),
                OrderFixture.ticket(Side.SELL, OrderType.LIMIT, qty, "110.00", null), "corr-1", T0);
    }

    @Test
    void aHeldLegIsOpenButNeitherWorkingNorTerminal() {
        Order leg = heldLeg("10");
        assertThat(leg.status()).isEqualTo(OrderStatus.HELD);
        assertThat(leg.status().isTerminal()).isFalse();
        assertThat(leg.status().isWorking()).isFalse();
        assertThat(OrderStatus.fromWire("held")).isEqualTo(OrderStatus.HELD);
    }

    @Test
    void releasingAHeldLegMakesItPendingNewForTheReleasedQuantity() {
        Order leg = heldLeg("10");

        OrderDomainEvent event = leg.apply(new OrderUpdate.Release(Quantity.of(6), T0));

        assertThat(event).isEqualTo(new OrderDomainEvent.OrderReleased(leg.id(), Quantity.of(6), T0));
        assertThat(leg.status()).isEqualTo(OrderStatus.PENDING_NEW);
        assertThat(leg.ticket().quantity()).isEqualTo(Quantity.of(6));
        assertThatThrownBy(() -> leg.apply(new OrderUpdate.Release(Quantity.of(6), T0)))
                .as("released only once").isInstanceOf(InvalidOrderTransition.class);
    }

    @Test
    void aReleaseBeyondTheLegsQuantityIsRefused() {
        Order leg = heldLeg("10");
        assertThatThrownBy(() -> leg.apply(new OrderUpdate.Release(Quantity.of(11), T0)))
                .isInstanceOf(InvalidOrderTransition.class);
        assertThat(leg.status()).isEqualTo(OrderStatus.HELD);
    }

    @Test
    void aHeldLegCanBeCanceledButNotFilled() {
        Order leg = heldLeg("10");
        assertThatThrownBy(() -> leg.apply(OrderFixture.fill(1, "1", "110.00")))
                .isInstanceOf(InvalidOrderTransition.class);
        leg.apply(new OrderUpdate.Cancel("entry canceled", T0));
        assertThat(leg.status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void anOrderWhoseReplacementIsBeingDecidedCanBeReducedAndStaysPendingReplace() {
        Order order = OrderFixture.working(OrderFixture.marketBuy("10"));
        order.apply(new OrderUpdate.RequestReplace(T0));

        order.apply(new OrderUpdate.Reduce(Quantity.of(6), T0));

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_REPLACE);
        assertThat(order.leavesQuantity()).isEqualTo(Quantity.of(6));
    }

    @Test
    void aWorkingOrdersQuantityIsReducedAboveWhatFilledWithItsStatusUnchanged() {
        Order order = OrderFixture.working(OrderFixture.marketBuy("10"));
        order.apply(OrderFixture.fill(1, "3", "100.00"));

        OrderDomainEvent event = order.apply(new OrderUpdate.Reduce(Quantity.of(5), T0));

        assertThat(event).isInstanceOf(OrderDomainEvent.QuantityReduced.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order.leavesQuantity()).isEqualTo(Quantity.of(2));
        assertThatThrownBy(() -> order.apply(new OrderUpdate.Reduce(Quantity.of(3), T0)))
                .as("not down to what filled").isInstanceOf(InvalidOrderTransition.class);
        assertThatThrownBy(() -> order.apply(new OrderUpdate.Reduce(Quantity.of(6), T0)))
                .as("never up").isInstanceOf(InvalidOrderTransition.class);
        order.apply(OrderFixture.fill(2, "2", "100.00"));
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
    }
}
