package io.tradingsuite.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.core.risk.RiskLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ConcurrentRequestsNeverOverrunLimitsTest extends RiskControlsScenario {

    @Test
    void fiftySimultaneousBuysNeverSpendMoreThanTheBuyingPower() throws Exception {
        AccountId account = AccountId.of("conc-bp");
        snapshot(account, "10000.00", "10000.00", Map.of());
        // each about 1,000.00 (distinct limit prices, so none is a near-duplicate); together about 50,000.00
        List<OrderDecisionEvent> decided = all(50, i -> () -> decide(account, "bp-" + i, Side.BUY, "10",
                Money.of("100.00").minus(Money.of("0.01").times(java.math.BigDecimal.valueOf(i))).toJson()));

        List<OrderApproved> approved = approvals(decided);
        Money spent = approved.stream().map(a -> a.referencePrice().times(a.order().quantity()))
                .reduce(Money.ZERO, Money::plus);
        assertThat(spent).isLessThanOrEqualTo(Money.of("10000.00"));
        assertThat(approved).hasSize(10);
        assertThat(decided).filteredOn(d -> d instanceof OrderDenied denied
                && denied.reasonCode().equals("RISK_INSUFFICIENT_BUYING_POWER")).hasSize(40);
    }

    @Test
    void theSameClientOrderIdTenTimesIsApprovedExactlyOnce() throws Exception {
        AccountId account = AccountId.of("conc-cid");
        snapshot(account, "100000.00", "100000.00", Map.of());
        List<OrderDecisionEvent> decided = new ArrayList<>();
        decided.add(decide(account, "same", Side.BUY, "1", null));
        decided.addAll(all(8, i -> () -> decide(account, "same", Side.BUY, "1", null)));
        decided.add(decide(account, "same", Side.BUY, "1", null));

        assertThat(decided).hasSize(10);
        assertThat(approvals(decided)).hasSize(1);
        assertThat(decided).filteredOn(d -> d instanceof OrderDenied denied
                && denied.reasonCode().equals("RISK_DUPLICATE_CLIENT_ORDER_ID")).hasSize(9);
    }

    @Test
    void threeTimesTheRateLimitLeavesNoSecondWithMoreApprovalsThanTheLimit() throws Exception {
        AccountId account = AccountId.of("conc-rate");
        snapshot(account, "1000000.00", "1000000.00", Map.of());
        int limit = limits.current().maxOrdersPerSecondPerAccount();
        int[] next = {0};
        List<Instant> approvedAt = new ArrayList<>();
        for (Duration step : List.of(Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(500),
                Duration.ofMillis(1))) {
            clock.advance(step);
            quote("99.99", "100.00");
            int base = next[0];
            next[0] += 3 * limit;
            // distinct quantities: identical orders would be near-duplicates rather than throttled
            List<OrderDecisionEvent> decided = all(3 * limit, i -> () -> decide(account, "rate-" + (base + i),
                    Side.BUY, Integer.toString(base + i + 1), null));
            assertThat(decided).filteredOn(d -> d instanceof OrderDenied denied)
                    .allSatisfy(d -> assertThat(((OrderDenied) d).reasonCode()).isEqualTo("RISK_THROTTLED"));
            approvals(decided).forEach(a -> approvedAt.add(a.occurredAt()));
        }
        // t0: limit; t0+0.5s: none (window full); t0+1s: the t0 ones are exactly 1 s old and left; t0+1.001s: none
        assertThat(approvedAt).hasSize(2 * limit);
        for (Instant start : approvedAt) {
            long inWindow = approvedAt.stream()
                    .filter(t -> !t.isBefore(start) && t.isBefore(start.plus(Duration.ofSeconds(1))))
                    .count();
            assertThat(inWindow).as("approvals in the second from %s", start).isLessThanOrEqualTo(limit);
        }
        assertThat(limit).isEqualTo(RiskLimits.defaults().maxOrdersPerSecondPerAccount());
    }

    private static List<OrderApproved> approvals(List<OrderDecisionEvent> decided) {
        return decided.stream().filter(OrderApproved.class::isInstance).map(OrderApproved.class::cast).toList();
    }

    /** Runs {@code count} calls at once (released together by a latch) and returns their results. */
    private static <T> List<T> all(int count, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
