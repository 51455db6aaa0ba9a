package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Side;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NearDuplicateOrderIsDeniedTest {

    private static final Duration WINDOW = RiskLimits.defaults().duplicateWindow();

    private static RiskFixture approvedAgo(Duration ago) {
        RiskFixture fixture = scenario().cash("1000000").quote("99.99", "100.00");
        return fixture.approved(fixture.ticket(AAPL, Side.BUY, OrderType.LIMIT, "10", "100.00"), ago);
    }

    @Test
    void theSameTermsUnderANewClientOrderIdWithinTheWindowAreDenied() {
        assertDenied(approvedAgo(WINDOW.minusMillis(1)).buyLimit(AAPL, "10", "100.00"), "DuplicateOrderWindow",
                RiskReasonCode.RISK_DUPLICATE_ORDER);
    }

    @Test
    void exactlyTheWindowLaterTheOrderIsNoLongerADuplicate() {
        assertApproved(approvedAgo(WINDOW).buyLimit(AAPL, "10", "100.00"));
    }

    @Test
    void anyDifferentTermIsNotADuplicate() {
        assertApproved(approvedAgo(Duration.ZERO).buyLimit(AAPL, "11", "100.00"));
        assertApproved(approvedAgo(Duration.ZERO).buyLimit(AAPL, "10", "99.99"));
        assertApproved(approvedAgo(Duration.ZERO).buyMarket(AAPL, "10"));
        assertApproved(approvedAgo(Duration.ZERO).sellLimit(AAPL, "10", "100.00"));
    }
}
