package io.tradingsuite.core.order;

import static io.tradingsuite.core.order.OrderFixture.T0;
import static io.tradingsuite.core.order.OrderFixture.fill;
import static io.tradingsuite.core.order.OrderFixture.marketBuy;
import static io.tradingsuite.core.order.OrderFixture.working;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import org.junit.jupiter.api.Test;

class CancelAndReplaceLifecycleTest {

    @Test
    void aCancelRequestIsPendingUntilConfirmedAndKeepsWhatFilled() {
        Order order = working(marketBuy("10"));
        order.apply(fill(1, "4", "100"));

        OrderDomainEvent requested = order.apply(new OrderUpdate.RequestCancel(T0.plusSeconds(20)));
        OrderDomainEvent canceled = order.apply(new OrderUpdate.Cancel("user", T0.plusSeconds(21)));

        assertThat(requested).isInstanceOf(OrderDomainEvent.CancelRequested.class);
        assertThat(canceled).isEqualTo(new OrderDomainEvent.OrderCanceled(order.id(), Quantity.of(4), "user",
                T0.plusSeconds(21)));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(order.filledQuantity()).isEqualTo(Quantity.of(4));
    }

    @Test
    void aFillWhilePendingCancelStaysPendingAndAFinalFillWins() {
        Order order = working(marketBuy("10"));
        order.apply(new OrderUpdate.RequestCancel(T0));

        OrderDomainEvent partial = order.apply(fill(1, "4", "100"));
        assertThat(partial.status()).isEqualTo(OrderStatus.PENDING_CANCEL);
        order.apply(fill(2, "6", "100"));

        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThatThrownBy(() -> order.apply(new OrderUpdate.Cancel("user", T0))).isInstanceOf(InvalidOrderTransition.class);
    }

    @Test
    void aRefusedReplacementLeavesTheOriginalWorkingAsBefore() {
        Order order = working(marketBuy("10"));
        order.apply(fill(1, "3", "100"));
        order.apply(new OrderUpdate.RequestReplace(T0));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_REPLACE);

        OrderDomainEvent refused = order.apply(new OrderUpdate.ReplaceRefused("RISK_MAX_NOTIONAL", T0));

        assertThat(refused.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order.replacedBy()).isEmpty();
    }

    @Test
    void anAcceptedReplacementEndsTheOriginalAsReplacedAndLinksBothOrders() {
        Order original = working(marketBuy("10"));
        Order replacement = Order.replacement(OrderId.of("o-2"), AccountId.of("acc-1"),
                OrderFixture.ticket(Side.BUY, OrderType.LIMIT, "5", "99", null), "corr-2", T0, original.id());
        original.apply(new OrderUpdate.RequestReplace(T0));

        OrderDomainEvent replaced = original.apply(new OrderUpdate.Replaced(replacement.id(), replacement.ticket().clientOrderId(), T0));

        assertThat(replaced).isEqualTo(new OrderDomainEvent.OrderReplaced(original.id(), replacement.id(),
                replacement.ticket().clientOrderId(), Quantity.ZERO, T0));
        assertThat(original.status()).isEqualTo(OrderStatus.REPLACED);
        assertThat(original.status().isTerminal()).isTrue();
        assertThat(original.replacedBy()).contains(replacement.id());
        assertThat(replacement.replaces()).contains(original.id());
        assertThat(Order.restore(original.snapshot()).replacedBy()).contains(replacement.id());
    }

    @Test
    void aPendingNewOrderCannotBeRequestedToCancelOrReplaceButCanBeCanceledOutright() {
        Order order = marketBuy("1");

        assertThatThrownBy(() -> order.apply(new OrderUpdate.RequestCancel(T0))).isInstanceOf(InvalidOrderTransition.class);
        assertThatThrownBy(() -> order.apply(new OrderUpdate.RequestReplace(T0))).isInstanceOf(InvalidOrderTransition.class);
        order.apply(new OrderUpdate.Cancel("kill switch", T0));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void aStopTriggerIsRememberedOnceAndOnlyForStopOrders() {
        Order stop = working(Order.request(OrderId.of("o-3"), AccountId.of("acc-1"),
                OrderFixture.ticket(Side.BUY, OrderType.STOP, "1", null, "101"), "corr", T0));

        stop.apply(new OrderUpdate.StopTriggered(T0.plusSeconds(5)));

        assertThat(stop.stopTriggered()).isTrue();
        assertThat(Order.restore(stop.snapshot()).stopTriggeredAt()).contains(T0.plusSeconds(5));
        assertThatThrownBy(() -> stop.apply(new OrderUpdate.StopTriggered(T0))).isInstanceOf(InvalidOrderTransition.class);
        assertThatThrownBy(() -> working(marketBuy("1")).apply(new OrderUpdate.StopTriggered(T0)))
                .isInstanceOf(InvalidOrderTransition.class);
    }
}
