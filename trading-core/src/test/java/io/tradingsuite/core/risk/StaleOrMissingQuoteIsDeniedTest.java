package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Default maximum quote age: 30 seconds, for market and limit orders alike. */
class StaleOrMissingQuoteIsDeniedTest {

    @Test
    void aQuoteExactlyAtTheMaximumAgeIsAccepted() {
        assertApproved(scenario().cash("100000").quote("99.00", "100.00", Duration.ofSeconds(30))
                .buyMarket(AAPL, "1"));
    }

    @Test
    void aQuoteOneMillisecondTooOldDeniesAMarketOrder() {
        assertDenied(scenario().cash("100000").quote("99.00", "100.00", Duration.ofMillis(30_001))
                .buyMarket(AAPL, "1"), "PriceCollar", RiskReasonCode.RISK_QUOTE_STALE);
    }

    @Test
    void aStaleQuoteDeniesALimitOrderToo() {
        assertDenied(scenario().cash("100000").quote("99.00", "100.00", Duration.ofMinutes(5))
                .buyLimit(AAPL, "1", "99.50"), "PriceCollar", RiskReasonCode.RISK_QUOTE_STALE);
    }

    @Test
    void aLimitOrderWithoutAnyQuoteIsDenied() {
        assertDenied(scenario().cash("100000").noQuote().buyLimit(AAPL, "1", "99.50"), "PriceCollar",
                RiskReasonCode.RISK_NO_QUOTE);
    }
}
