package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Side;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderRateIsThrottledPerAccountAndBotTest {

    private static RiskFixture withApprovals(int count, Duration ago) {
        RiskFixture fixture = scenario().cash("1000000").quote("99.99", "100.00");
        for (int i = 0; i < count; i++) {
            // distinct quantities so the duplicate check stays out of the way
            fixture.approved(fixture.ticket(AAPL, Side.BUY, OrderType.MARKET, Integer.toString(100 + i), null), ago);
        }
        return fixture;
    }

    @Test
    void theLimitThApprovalInOneSecondIsAcceptedAndTheNextDenied() {
        int limit = RiskLimits.defaults().maxOrdersPerSecondPerAccount();
        assertApproved(withApprovals(limit - 1, Duration.ofMillis(500)).buyMarket(AAPL, "1"));
        assertDenied(withApprovals(limit, Duration.ofMillis(500)).buyMarket(AAPL, "1"), "OrderThrottle",
                RiskReasonCode.RISK_THROTTLED);
    }

    @Test
    void approvalsExactlyOneSecondAgoHaveLeftTheWindow() {
        int limit = RiskLimits.defaults().maxOrdersPerSecondPerAccount();
        assertApproved(withApprovals(limit, Duration.ofSeconds(1)).buyMarket(AAPL, "1"));
        assertDenied(withApprovals(limit, Duration.ofMillis(999)).buyMarket(AAPL, "1"), "OrderThrottle",
                RiskReasonCode.RISK_THROTTLED);
    }

    @Test
    void aBotIsThrottledAtItsOwnLowerLimit() {
        int botLimit = RiskLimits.defaults().maxOrdersPerSecondPerBot();
        RiskFixture fixture = scenario().cash("1000000").quote("99.99", "100.00").bot("b-1");
        for (int i = 0; i < botLimit; i++) {
            fixture.approved(fixture.ticket(AAPL, Side.BUY, OrderType.MARKET, Integer.toString(100 + i), null),
                    Duration.ofMillis(100));
        }
        assertDenied(fixture.buyMarket(AAPL, "1"), "OrderThrottle", RiskReasonCode.RISK_THROTTLED);
        assertApproved(fixture.bot("b-2").buyMarket(AAPL, "1"));
    }
}
