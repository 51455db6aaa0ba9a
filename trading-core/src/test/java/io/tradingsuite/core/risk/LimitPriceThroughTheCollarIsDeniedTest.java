package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import org.junit.jupiter.api.Test;

/**
 * Default collar: 500 bps through the touch (ask for buys, bid for sells); a stop-limit's limit 500 bps through its own
 * stop price.
 */
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

    @Test
    void aStopLimitsLimitIsCollaredAgainstItsStopNotTheTouch() {
        // a bracket's stop-loss: sell stop 70.00, limit 66.50 = 70.00 x (1 - 0.05), far under the bid 99.00
        assertApproved(quoted().decide(stopLimit(quoted(), Side.SELL, "70.00", "66.50")));
        assertDenied(quoted().decide(stopLimit(quoted(), Side.SELL, "70.00", "66.49")), "PriceCollar",
                RiskReasonCode.RISK_PRICE_COLLAR);
        // a buy stop 110.00: its limit may reach 115.50, far above the ask 100.00
        assertApproved(quoted().decide(stopLimit(quoted(), Side.BUY, "110.00", "115.50")));
        assertDenied(quoted().decide(stopLimit(quoted(), Side.BUY, "110.00", "115.51")), "PriceCollar",
                RiskReasonCode.RISK_PRICE_COLLAR);
    }

    @Test
    void aStopLimitWhoseStopTheMarketPassedIsCollaredAgainstTheTouch() {
        // a sell stop 105.00 above the bid 99.00 is triggered: its limit may go 5 % under the bid, 94.05
        assertApproved(quoted().decide(stopLimit(quoted(), Side.SELL, "105.00", "94.05")));
        assertDenied(quoted().decide(stopLimit(quoted(), Side.SELL, "105.00", "94.04")), "PriceCollar",
                RiskReasonCode.RISK_PRICE_COLLAR);
        // a buy stop 95.00 under the ask 100.00: its limit may reach 105.00
        assertApproved(quoted().decide(stopLimit(quoted(), Side.BUY, "95.00", "105.00")));
        assertDenied(quoted().decide(stopLimit(quoted(), Side.BUY, "95.00", "105.01")), "PriceCollar",
                RiskReasonCode.RISK_PRICE_COLLAR);
    }

    private static OrderTicket stopLimit(RiskFixture fixture, Side side, String stop, String limit) {
        OrderTicket t = fixture.ticket(AAPL, side, OrderType.STOP_LIMIT, "10", limit);
        return new OrderTicket(t.clientOrderId(), t.symbol(), t.side(), t.type(), t.timeInForce(), t.quantity(),
                t.limitPrice(), Price.of(stop), t.source(), t.botId());
    }
}
