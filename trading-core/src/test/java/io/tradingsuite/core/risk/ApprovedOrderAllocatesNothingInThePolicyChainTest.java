package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.HTZ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Side;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The policy chain compares the context's precomputed {@link OrderFigures} with the limits and allocates nothing
 * when it approves. Counted in bytes by the JVM's per-thread allocation counter (no timing involved): after a
 * warm-up round, a round of thousands of evaluations of approved orders allocates zero bytes.
 */
class ApprovedOrderAllocatesNothingInThePolicyChainTest {

    private static final int EVALUATIONS = 20_000;
    private static final int ROUNDS = 5;

    @Test
    void aMarketBuyInABusyAccountAllocatesNothing() {
        RiskFixture scenario = busyAccount();
        RiskContext context = scenario.context(scenario.ticket(AAPL, Side.BUY, OrderType.MARKET, "5", null));

        assertThat(bytesAllocatedByChain(context)).isZero();
    }

    @Test
    void aLimitSellOfPartOfAPositionAllocatesNothing() {
        RiskFixture scenario = busyAccount();
        RiskContext context = scenario.context(scenario.ticket(AAPL, Side.SELL, OrderType.LIMIT, "10", "186.00"));

        assertThat(bytesAllocatedByChain(context)).isZero();
    }

    @Test
    void theSameDecisionAsTheVerdictOfTheWholeChain() {
        RiskFixture scenario = busyAccount();
        OrderTicket ticket = scenario.ticket(AAPL, Side.BUY, OrderType.MARKET, "5", null);

        assertThat(RiskPolicies.firstDenial(RiskPolicies.all(), scenario.context(ticket))).isEmpty();
        assertThat(scenario.decide(ticket).approved()).isTrue();
    }

    /** An account with positions, marks, an unapplied fill, open orders, recent approvals and a bot. */
    private static RiskFixture busyAccount() {
        RiskFixture scenario = RiskFixture.scenario()
                .cash("100000.00")
                .quote("186.90", "187.00")
                .position(AAPL, 40, "186.50")
                .position(HTZ, 200, "17.25")
                .unappliedFill(Side.BUY, HTZ, 10, "17.30")
                .openOrder(Side.BUY, HTZ, 25, "17.20")
                .openOrder(Side.SELL, AAPL, 5, "188.00")
                .equity("110000.00", "112000.00", "110500.00")
                .bot("bot-1");
        scenario.approved(scenario.ticket(HTZ, Side.BUY, OrderType.MARKET, "1", null), Duration.ofMillis(300));
        scenario.approved(scenario.ticket(HTZ, Side.SELL, OrderType.MARKET, "2", null), Duration.ofSeconds(30));
        return scenario;
    }

    /**
     * The fewest bytes that one round of {@value #EVALUATIONS} approvals allocated, over a few rounds. A one-off
     * allocation of the JVM's own (a compilation or deoptimisation landing mid-round) shows in one round only; an
     * allocation on the approve path shows in every round, at least 16 bytes per evaluation.
     */
    private static long bytesAllocatedByChain(RiskContext context) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "the JVM counts allocated bytes per thread");
        threads.setThreadAllocatedMemoryEnabled(true);
        long tid = Thread.currentThread().threadId();
        assertThat(approvals(context)).as("the scenario must be on the approve path").isEqualTo(EVALUATIONS);
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long before = threads.getThreadAllocatedBytes(tid);
            int approvals = approvals(context);
            long bytes = threads.getThreadAllocatedBytes(tid) - before;
            assertThat(approvals).isEqualTo(EVALUATIONS);
            fewest = Math.min(fewest, bytes);
        }
        return fewest;
    }

    private static int approvals(RiskContext context) {
        int approvals = 0;
        for (int i = 0; i < EVALUATIONS; i++) {
            approvals += RiskPolicies.firstDenial(RiskPolicies.all(), context).isEmpty() ? 1 : 0;
        }
        return approvals;
    }
}
