package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TradingState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionAndConcentrationLimitsTest {

    private static RiskLimits limits(String name, String value) {
        return RiskLimits.defaults().withChanges(Map.of(name, value), 2);
    }

    @Test
    void aBuyReachingExactlyTheMaxPositionIsApprovedAndOneShareMoreIsDenied() {
        RiskFixture fixture = scenario().cash("1000000").quote("9.99", "10.00").position(AAPL, 900, "10.00")
                .openOrder(Side.BUY, AAPL, 50, "10.00").limits(limits(RiskLimits.MAX_POSITION_PER_SYMBOL, "1000"));
        assertApproved(fixture.buyMarket(AAPL, "50"));
        assertDenied(fixture.buyMarket(AAPL, "51"), "MaxPositionPerSymbol", RiskReasonCode.RISK_MAX_POSITION);
    }

    @Test
    void aShortIsLimitedByItsAbsoluteSizeAndReducingAnOversizedPositionIsAllowed() {
        RiskFixture fixture = scenario().cash("1000000").quote("9.99", "10.00").position(AAPL, 500, "10.00")
                .limits(limits(RiskLimits.MAX_POSITION_PER_SYMBOL, "1000"));
        assertApproved(fixture.sellMarket(AAPL, "1500"));
        assertDenied(fixture.sellMarket(AAPL, "1501"), "MaxPositionPerSymbol", RiskReasonCode.RISK_MAX_POSITION);
        RiskFixture oversized = scenario().cash("1000000").quote("9.99", "10.00").position(AAPL, 1500, "10.00")
                .limits(limits(RiskLimits.MAX_POSITION_PER_SYMBOL, "1000"));
        assertApproved(oversized.sellMarket(AAPL, "100"));
    }

    @Test
    void aPositionWorthExactlyTheConcentrationLimitIsApprovedAndOneCentMoreIsDenied() {
        // equity 10,000.00, 25% = 2,500.00; 1,000.00 already held, buying 1,500.00 reaches the limit exactly
        RiskFixture fixture = scenario().cash("10000").equity("10000.00", "10000.00", "10000.00")
                .quote("9.99", "10.00").position(AAPL, 100, "10.00")
                .limits(limits(RiskLimits.MAX_CONCENTRATION_PCT, "25"));
        assertApproved(fixture.buyLimit(AAPL, "150", "10.00"));
        assertDenied(fixture.buyLimit(AAPL, "150", "10.01"), "MaxConcentration", RiskReasonCode.RISK_CONCENTRATION);
        assertApproved(fixture.sellMarket(AAPL, "50"));
    }

    @Test
    void grossExposureIsTheSumOfAbsoluteValuesAndNetTheAbsoluteSum() {
        RiskFixture fixture = scenario().cash("1000000").quote("9.99", "10.00")
                .position(RiskFixture.HTZ, -100, "20.00")
                .limits(RiskLimits.defaults().withChanges(Map.of(RiskLimits.MAX_GROSS_EXPOSURE, "3000.00",
                        RiskLimits.MAX_NET_EXPOSURE, "1000.00"), 2));
        // HTZ short 2,000.00 gross; AAPL buy 100 x 10 -> gross 3,000.00 (at the limit), net |1,000 - 2,000| = 1,000
        assertApproved(fixture.buyLimit(AAPL, "100", "10.00"));
        assertDenied(fixture.buyLimit(AAPL, "100", "10.01"), "MaxGrossExposure", RiskReasonCode.RISK_GROSS_EXPOSURE);
    }

    @Test
    void netExposureOverTheLimitIsDenied() {
        RiskFixture fixture = scenario().cash("1000000").quote("9.99", "10.00")
                .limits(RiskLimits.defaults().withChanges(Map.of(RiskLimits.MAX_NET_EXPOSURE, "1000.00"), 2));
        assertApproved(fixture.buyLimit(AAPL, "100", "10.00"));
        assertDenied(fixture.buyLimit(AAPL, "100", "10.01"), "MaxNetExposure", RiskReasonCode.RISK_NET_EXPOSURE);
        assertApproved(scenario().cash("1000000").quote("9.99", "10.00").position(AAPL, 1000, "10.00")
                .limits(RiskLimits.defaults().withChanges(Map.of(RiskLimits.MAX_NET_EXPOSURE, "1000.00"), 2))
                .sellMarket(AAPL, "10"));
        assertApproved(scenario().cash(Money.of("1000000").toJson()).quote("9.99", "10.00").buyMarket(AAPL, "1"));
    }

    /**
     * A bracket's second exit, whose approved partner (already reserved, and left out of the open orders by the
     * decision service) sells the same shares, adds nothing to the position: the limits on growth do not deny it
     * even where the account stands over them, while the same sell on its own, or beyond what the partner covers,
     * is denied.
     */
    @Test
    void aSecondExitItsPartnerAlreadyCommitsAddsNothingToTheLimitsOnGrowth() {
        // equity 10,000.00, 25 % = 2,500.00; short 300 x 10.00 = 3,000.00 without the partner's sell of 100
        RiskFixture concentrated = scenario().cash("20000").equity("10000.00", "10000.00", "10000.00")
                .quote("9.99", "10.00").position(AAPL, -300, "10.00")
                .limits(limits(RiskLimits.MAX_CONCENTRATION_PCT, "25"));
        assertDenied(concentrated.sellLimit(AAPL, "100", "10.00"), "MaxConcentration",
                RiskReasonCode.RISK_CONCENTRATION);
        assertApproved(concentrated.covered(100).sellLimit(AAPL, "100", "10.00"));
        assertDenied(concentrated.covered(50).sellLimit(AAPL, "100", "10.00"), "MaxConcentration",
                RiskReasonCode.RISK_CONCENTRATION);

        RiskFixture atMaxPosition = scenario().cash("1000000").quote("9.99", "10.00").position(AAPL, -1000, "10.00")
                .limits(limits(RiskLimits.MAX_POSITION_PER_SYMBOL, "1000"));
        assertDenied(atMaxPosition.sellLimit(AAPL, "100", "10.00"), "MaxPositionPerSymbol",
                RiskReasonCode.RISK_MAX_POSITION);
        assertApproved(atMaxPosition.covered(100).sellLimit(AAPL, "100", "10.00"));

        RiskFixture grossAtLimit = scenario().cash("1000000").quote("9.99", "10.00").position(AAPL, -300, "10.00")
                .limits(RiskLimits.defaults().withChanges(Map.of(RiskLimits.MAX_GROSS_EXPOSURE, "3000.00",
                        RiskLimits.MAX_NET_EXPOSURE, "3000.00"), 2));
        assertDenied(grossAtLimit.sellLimit(AAPL, "100", "10.00"), "MaxGrossExposure",
                RiskReasonCode.RISK_GROSS_EXPOSURE);
        assertApproved(grossAtLimit.covered(100).sellLimit(AAPL, "100", "10.00"));
        assertDenied(grossAtLimit.covered(99).sellLimit(AAPL, "100", "10.00"), "MaxGrossExposure",
                RiskReasonCode.RISK_GROSS_EXPOSURE);
    }

    /**
     * Covering changes only what growth is measured from: a covered exit of a long still reduces the position, so an
     * account that may only reduce gets it approved ({@code TradingStateGate} sees the uncovered position).
     */
    @Test
    void aCoveredExitOfALongStillReducesThePosition() {
        RiskFixture fixture = scenario().cash("100000").quote("9.99", "10.00").position(AAPL, 100, "10.00").covered(100)
                .state(RiskScope.account(RiskFixture.ACCOUNT), TradingState.REDUCING);
        RiskContext context = fixture.context(fixture.ticket(AAPL, Side.SELL, OrderType.LIMIT, "100", "10.50"));
        assertThat(context.figures().reducesPosition()).isTrue();
        assertThat(context.figures().positionBefore()).isEqualTo(Quantity.of(100));
        assertThat(context.figures().positionBeforeAbs()).isEqualTo(context.figures().positionAfterAbs());
        assertApproved(fixture.sellLimit(AAPL, "100", "10.50"));
    }

    /**
     * Growth is measured from the position with what the order takes over: long 100 with a working sell of 100
     * (committed: flat), replaced by a sell of 150, goes short 50. Measured without the working sell it looked like a
     * reduction from 100 to 50 and passed; with it, the short of 50 is checked, and here denied.
     */
    @Test
    void aReplacementThatCrossesZeroIsCheckedFromThePositionWithWhatItTakesOver() {
        // equity 10,000.00, 4 % = 400.00; short 50 x 10.00 = 500.00
        RiskFixture fixture = scenario().cash("20000").equity("10000.00", "10000.00", "10000.00")
                .quote("9.99", "10.00").position(AAPL, 100, "10.00")
                .limits(limits(RiskLimits.MAX_CONCENTRATION_PCT, "4"));
        assertApproved(fixture.sellLimit(AAPL, "150", "10.00"));
        assertDenied(fixture.covered(100).sellLimit(AAPL, "150", "10.00"), "MaxConcentration",
                RiskReasonCode.RISK_CONCENTRATION);
    }
}
