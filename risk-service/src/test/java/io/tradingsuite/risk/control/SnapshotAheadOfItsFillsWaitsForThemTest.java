package io.tradingsuite.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TradeId;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Portfolio and risk read the fills topic independently, so portfolio's snapshot that includes a fill can reach
 * risk before the fill does. Risk must not count that fill twice (once in the snapshot's cash, once more in the
 * reservation of its order): the snapshot waits until risk has seen the fill.
 */
class SnapshotAheadOfItsFillsWaitsForThemTest extends RiskControlsScenario {

    @Test
    void aSnapshotThatOvertookItsFillDoesNotDoubleCountIt() {
        AccountId account = AccountId.of("ahead-1");
        snapshot(account, "10000.00", "10000.00", Map.of(), 0);
        assertThat(decide(account, "ahead-1-a", Side.BUY, "50", "100.00")).isInstanceOf(OrderApproved.class);

        // Portfolio applied the fill of ahead-1-a (cash 5,000.00, 50 shares); risk has not seen the fill yet.
        snapshot(account, "5000.00", "10000.00", Map.of(AAPL, 50L), 1);

        // Buying power is 10,000.00 - 5,000.00 reserved = 5,000.00, not 5,000.00 - 5,000.00 = 0.
        assertThat(decide(account, "ahead-1-b", Side.BUY, "50", "99.99")).isInstanceOf(OrderApproved.class);
        assertThat(storedVersionOf(account)).isEqualTo(1);

        fill(account, "ahead-1-a", 50, "100.00");

        assertThat(storedVersionOf(account)).as("the parked snapshot applies once its fill is seen").isEqualTo(2);
        assertThat(decide(account, "ahead-1-c", Side.BUY, "1", "100.00")).isInstanceOfSatisfying(OrderDenied.class,
                denied -> assertThat(denied.reasonCode()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER"));
    }

    @Test
    void aSnapshotInStepWithTheFillsIsAppliedAtOnce() {
        AccountId account = AccountId.of("ahead-2");
        snapshot(account, "10000.00", "10000.00", Map.of(), 0);
        assertThat(decide(account, "ahead-2-a", Side.BUY, "50", "100.00")).isInstanceOf(OrderApproved.class);
        fill(account, "ahead-2-a", 50, "100.00");

        snapshot(account, "5000.00", "10000.00", Map.of(AAPL, 50L), 1);

        assertThat(storedVersionOf(account)).isEqualTo(2);
        assertThat(decide(account, "ahead-2-b", Side.BUY, "50", "99.99")).isInstanceOf(OrderApproved.class);
        assertThat(decide(account, "ahead-2-c", Side.BUY, "1", "100.00")).isInstanceOf(OrderDenied.class);
    }

    @Test
    void aSnapshotWaitingForAFillThatNeverComesIsAppliedAfterThirtySeconds() {
        AccountId account = AccountId.of("ahead-3");
        snapshot(account, "10000.00", "10000.00", Map.of(), 0);
        snapshot(account, "9000.00", "10000.00", Map.of(AAPL, 10L), 1);
        assertThat(storedVersionOf(account)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        snapshot(account, "9000.00", "10000.00", Map.of(AAPL, 10L), 1);

        assertThat(storedVersionOf(account)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from parked_account_snapshots where account_id = :a")
                .param("a", account.value()).query(Long.class).single()).isZero();
    }

    private void fill(AccountId account, String clientOrderId, long quantity, String price) {
        exposure.onFill(new FillExecuted(UUID.randomUUID(), clock.instant(), "corr-" + clientOrderId, account,
                TradeId.of("t-" + clientOrderId), OrderId.of("o-" + clientOrderId), ClientOrderId.of(clientOrderId),
                null, AAPL, Side.BUY, Quantity.of(quantity), Price.of(price), "paper"));
    }

    private long storedVersionOf(AccountId account) {
        return jdbc.sql("select version from account_state where account_id = :a").param("a", account.value())
                .query(Long.class).single();
    }
}
