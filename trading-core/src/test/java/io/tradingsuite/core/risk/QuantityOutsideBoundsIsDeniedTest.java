package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.HTZ;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import org.junit.jupiter.api.Test;

class QuantityOutsideBoundsIsDeniedTest {

    private RiskFixture fundedWithCheapQuote() {
        return scenario().cash("1000000").quote("10.00", "10.01");
    }

    @Test
    void exactlyTheMaximumQuantityIsApproved() {
        assertApproved(fundedWithCheapQuote().buyMarket(AAPL, "10000"));
    }

    @Test
    void oneShareAboveTheMaximumIsDenied() {
        assertDenied(fundedWithCheapQuote().buyMarket(AAPL, "10001"), "QuantityBounds",
                RiskReasonCode.RISK_QUANTITY_OUT_OF_BOUNDS);
    }

    @Test
    void exactlyTheMinimumQuantityIsApproved() {
        assertApproved(fundedWithCheapQuote().buyMarket(AAPL, "0.001"));
    }

    @Test
    void oneUnitBelowTheMinimumIsDenied() {
        assertDenied(fundedWithCheapQuote().buyMarket(AAPL, "0.000999999"), "QuantityBounds",
                RiskReasonCode.RISK_QUANTITY_OUT_OF_BOUNDS);
    }

    @Test
    void aFractionOfANonFractionableAssetIsDenied() {
        assertApproved(fundedWithCheapQuote().buyMarket(HTZ, "3"));
        assertDenied(fundedWithCheapQuote().buyMarket(HTZ, "2.5"), "QuantityBounds",
                RiskReasonCode.RISK_QUANTITY_OUT_OF_BOUNDS);
    }
}
