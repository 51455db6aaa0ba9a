package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.venue.MarketClock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * US equities on Monday 2025-03-03 (New York is UTC-5 then): open 14:30Z, close 21:00Z, opg cut-off 09:28 = 14:28Z,
 * cls cut-off 15:50 = 20:50Z, auction orders accepted again from 19:00 = 00:00Z of the next day.
 */
class TimeInForceOutsideMarketHoursIsDeniedTest {

    private static final String POLICY = "MarketHoursTimeInForce";

    private static RiskVerdict buy(String at, TimeInForce tif) {
        return buy(at, tif, MarketClock.usEquities(Set.of()));
    }

    private static RiskVerdict buy(String at, TimeInForce tif, MarketClock market) {
        RiskFixture fixture = scenario().market(market).at(at).cash("100000").quote("10.00", "10.01");
        return fixture.decide(fixture.ticket(AAPL, Side.BUY, OrderType.MARKET, tif, "1", null));
    }

    @Test
    void immediateOrCancelAndFillOrKillNeedTheRegularSession() {
        assertDenied(buy("2025-03-03T14:29:59Z", TimeInForce.IOC), POLICY, RiskReasonCode.RISK_MARKET_HOURS);
        assertApproved(buy("2025-03-03T14:30:00Z", TimeInForce.IOC));
        assertApproved(buy("2025-03-03T20:59:59Z", TimeInForce.FOK));
        assertDenied(buy("2025-03-03T21:00:00Z", TimeInForce.FOK), POLICY, RiskReasonCode.RISK_MARKET_HOURS);
        assertDenied(buy("2025-03-08T16:00:00Z", TimeInForce.IOC), POLICY, RiskReasonCode.RISK_MARKET_HOURS);
    }

    @Test
    void openingAuctionOrdersCloseAtTwentyEightPastNineAndReopenAtSeven() {
        assertApproved(buy("2025-03-03T14:27:59Z", TimeInForce.OPG));
        assertDenied(buy("2025-03-03T14:28:00Z", TimeInForce.OPG), POLICY, RiskReasonCode.RISK_MARKET_HOURS);
        assertDenied(buy("2025-03-03T23:59:59Z", TimeInForce.OPG), POLICY, RiskReasonCode.RISK_MARKET_HOURS);
        assertApproved(buy("2025-03-04T00:00:00Z", TimeInForce.OPG));
    }

    @Test
    void closingAuctionOrdersCloseAtTenToFourAndReopenAtSeven() {
        assertApproved(buy("2025-03-03T20:49:59Z", TimeInForce.CLS));
        assertDenied(buy("2025-03-03T20:50:00Z", TimeInForce.CLS), POLICY, RiskReasonCode.RISK_MARKET_HOURS);
        assertApproved(buy("2025-03-04T00:00:00Z", TimeInForce.CLS));
    }

    @Test
    void dayAndGoodTillCanceledOrdersAreAcceptedAtAnyTime() {
        assertApproved(buy("2025-03-08T16:00:00Z", TimeInForce.DAY));
        assertApproved(buy("2025-03-03T03:00:00Z", TimeInForce.GTC));
    }

    @Test
    void onAHolidayTheAuctionsTakeOrdersAndImmediateOrdersDoNot() {
        MarketClock holiday = MarketClock.usEquities(Set.of(LocalDate.parse("2025-03-03")));

        assertApproved(buy("2025-03-03T15:00:00Z", TimeInForce.OPG, holiday));
        assertDenied(buy("2025-03-03T15:00:00Z", TimeInForce.IOC, holiday), POLICY, RiskReasonCode.RISK_MARKET_HOURS);
    }

    @Test
    void anAlwaysOpenMarketAcceptsEveryTimeInForceAtAnyHour() {
        assertApproved(buy("2025-03-09T03:00:00Z", TimeInForce.IOC, MarketClock.alwaysOpen()));
        assertApproved(buy("2025-03-03T14:28:00Z", TimeInForce.OPG, MarketClock.alwaysOpen()));
    }
}
