package io.tradingsuite.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.risk.exposure.ReservationRepository;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At startup risk works off the order events before it decides the waiting requests, so the {@code OrderCanceled} of
 * an order canceled while risk was down comes before its request. The approval that follows must not reserve
 * anything: no end event would ever release it (the account's buying power would stay short for good).
 */
class AnOrderEndedBeforeItsDecisionReservesNothingTest extends RiskControlsScenario {

    @Autowired
    ReservationRepository reservations;

    @Test
    void anApprovalAfterTheOrdersCancelReservesNothingAndLeavesTheBuyingPowerWhole() {
        AccountId account = AccountId.of("ended-first");
        snapshot(account, "10000.00", "10000.00", Map.of());

        exposure.onOrderEvent(new OrderCanceled(UUID.randomUUID(), clock.instant(), "corr-late-1", account,
                OrderId.of("o-late-1"), ClientOrderId.of("late-1"), Quantity.ZERO, "canceled by the owner"));
        assertThat(decide(account, "late-1", Side.BUY, "80", "100.00")).isInstanceOf(OrderApproved.class);

        assertThat(reservations.holding(account)).isEmpty();
        assertThat(jdbc.sql("select count(*) from orders_ended_before_decision where client_order_id = 'late-1'")
                .query(Long.class).single()).as("used up by the decision").isZero();
        // all 10,000 are still there: an order for exactly that much is approved
        assertThat(decide(account, "full-1", Side.BUY, "100", "100.00")).isInstanceOf(OrderApproved.class);
        // and the usual order of things still releases: the full order's cancel frees its reservation
        exposure.onOrderEvent(new OrderCanceled(UUID.randomUUID(), clock.instant(), "corr-full-1", account,
                OrderId.of("o-full-1"), ClientOrderId.of("full-1"), Quantity.ZERO, "canceled by the owner"));
        assertThat(reservations.holding(account)).isEmpty();
        assertThat(reservations.endedBeforeDecision(account, ClientOrderId.of("full-1"))).isFalse();
    }
}
