package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.limitsWith;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Price;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderAboveMaxNotionalIsDeniedTest {

    private RiskFixture fundedWithLimit(String maxNotional) {
        return scenario().cash("1000000").quote("99.99", "100.00")
                .limits(limitsWith(maxNotional, 500, Duration.ofSeconds(30)));
    }

    @Test
    void aMarketBuyIsValuedAtTheAskAndExactlyAtTheLimitIsApproved() {
        RiskVerdict verdict = fundedWithLimit("10000.00").buyMarket(AAPL, "100");

        assertApproved(verdict);
        assertThat(verdict.referencePrice()).contains(Price.of("100.00"));
        assertThat(verdict.limitsVersion()).isEqualTo(7);
    }

    @Test
    void aMarketBuyOneCentOverTheLimitIsDenied() {
        assertDenied(fundedWithLimit("9999.99").buyMarket(AAPL, "100"), "MaxNotionalPerOrder",
                RiskReasonCode.RISK_MAX_NOTIONAL_EXCEEDED);
    }

    @Test
    void aMarketSellIsValuedAtTheBid() {
        assertApproved(fundedWithLimit("9999.00").sellMarket(AAPL, "100"));
        assertDenied(fundedWithLimit("9998.99").sellMarket(AAPL, "100"), "MaxNotionalPerOrder",
                RiskReasonCode.RISK_MAX_NOTIONAL_EXCEEDED);
    }

    @Test
    void aLimitOrderIsValuedAtItsLimitPrice() {
        assertApproved(fundedWithLimit("9950.00").buyLimit(AAPL, "100", "99.50"));
        assertDenied(fundedWithLimit("9950.00").buyLimit(AAPL, "100", "99.51"), "MaxNotionalPerOrder",
                RiskReasonCode.RISK_MAX_NOTIONAL_EXCEEDED);
    }

    @Test
    void aMarketOrderWithoutAnyQuoteCannotBeValuedAndIsDenied() {
        assertDenied(scenario().cash("1000000").noQuote().buyMarket(AAPL, "1"), "MaxNotionalPerOrder",
                RiskReasonCode.RISK_NO_QUOTE);
    }
}
