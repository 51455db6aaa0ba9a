package io.tradingsuite.core.orderclass;

import static io.tradingsuite.core.orderclass.BracketScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import org.junit.jupiter.api.Test;

class OneExitUpdatesOrCancelsTheOtherTest {

    private static BracketScenario workingBracket(int qty) {
        BracketScenario s = BracketScenario.bracket(qty);
        s.apply(s.entry, s.fill(qty));
        s.legs.forEach(leg -> s.apply(leg, new OrderUpdate.Accept(T0)));
        return s;
    }

    @Test
    void aPartialTakeProfitFillShrinksTheStopLossToTheSameRemainder() {
        BracketScenario s = workingBracket(100);

        s.apply(s.takeProfit(), s.fill(30));

        assertThat(s.stopLoss().status()).isEqualTo(OrderStatus.NEW);
        assertThat(s.stopLoss().ticket().quantity()).isEqualTo(Quantity.of(70));
        s.apply(s.stopLoss(), s.fill(20));
        assertThat(s.takeProfit().ticket().quantity()).as("the take-profit keeps what filled plus the remainder")
                .isEqualTo(Quantity.of(80));
        assertThat(s.takeProfit().leavesQuantity()).isEqualTo(s.stopLoss().leavesQuantity()).isEqualTo(Quantity.of(50));
    }

    @Test
    void aCompleteFillOfOneExitCancelsTheOther() {
        BracketScenario s = workingBracket(100);

        s.apply(s.takeProfit(), s.fill(100));

        assertThat(s.takeProfit().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(s.stopLoss().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.stopLoss().reasonDetail()).contains("oco: sibling filled");
    }

    @Test
    void cancelingEitherOcoOrderCancelsBoth() {
        BracketScenario s = BracketScenario.oco(10);

        s.apply(s.stopLoss(), new OrderUpdate.Cancel("owner", T0));

        assertThat(s.takeProfit().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.takeProfit().reasonDetail()).contains("oco: sibling canceled");
    }

    @Test
    void aDeniedExitLeavesItsSiblingWorking() {
        BracketScenario s = BracketScenario.bracket(10);
        s.apply(s.entry, s.fill(10));

        s.apply(s.stopLoss(), new OrderUpdate.Deny("RISK_TRADING_HALTED", "halted", T0));
        s.apply(s.takeProfit(), new OrderUpdate.Accept(T0));

        assertThat(s.stopLoss().status()).isEqualTo(OrderStatus.DENIED);
        assertThat(s.takeProfit().status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void aFillOfOneWhileTheOtherAwaitsRiskShrinksThePendingOne() {
        BracketScenario s = BracketScenario.bracket(10);
        s.apply(s.entry, s.fill(10));
        s.apply(s.takeProfit(), new OrderUpdate.Accept(T0));

        s.apply(s.takeProfit(), s.fill(4));

        assertThat(s.stopLoss().status()).isEqualTo(OrderStatus.PENDING_NEW);
        assertThat(s.stopLoss().ticket().quantity()).isEqualTo(Quantity.of(6));
    }
}
