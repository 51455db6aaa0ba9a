package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import org.junit.jupiter.api.Test;

/** Default collar: 500 bps through the touch (ask for buys, bid for sells). */
class LimitPriceThroughTheCollarIsDeniedTest {

    private RiskFixture quoted() {
        return scenario().cash("1000000").quote("99.00", "100.00");
    }

    @Test
    void aBuyLimitExactlyAtTheCollarIsApproved() {
        assertApproved(quoted().buyLimit(AAPL, "10", "105.00"));
    }

    @Test
    void aBuyLimitOneTickThroughTheCollarIsDenied() {
        assertDenied(quoted().buyLimit(AAPL, "10", "105.01"), "PriceCollar", RiskReasonCode.RISK_PRICE_COLLAR);
    }

    @Test
    void aSellLimitExactlyAtTheCollarIsApproved() {
        // 99.00 x (1 - 0.05) = 94.05
        assertApproved(quoted().sellLimit(AAPL, "10", "94.05"));
    }

    @Test
    void aSellLimitOneTickThroughTheCollarIsDenied() {
        assertDenied(quoted().sellLimit(AAPL, "10", "94.04"), "PriceCollar", RiskReasonCode.RISK_PRICE_COLLAR);
    }

    @Test
    void passiveLimitsFarFromTheTouchAreApproved() {
        assertApproved(quoted().buyLimit(AAPL, "10", "50.00"));
        assertApproved(quoted().sellLimit(AAPL, "10", "150.00"));
    }
}
