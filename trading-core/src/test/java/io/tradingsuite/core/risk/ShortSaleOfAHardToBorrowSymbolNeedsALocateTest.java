package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortSaleOfAHardToBorrowSymbolNeedsALocateTest {

    private static final String POLICY = "ShortSaleLocate";
    private static final RiskLimits AAPL_HARD_TO_BORROW = RiskLimits.defaults()
            .withChanges(Map.of(RiskLimits.HARD_TO_BORROW_SYMBOLS, "AAPL"), 2);

    private static RiskFixture holding100() {
        return scenario().limits(AAPL_HARD_TO_BORROW).cash("1000").position(AAPL, 100).quote("10.00", "10.01");
    }

    @Test
    void sellingTheHeldPositionNeedsNoLocate() {
        RiskVerdict approved = holding100().sellMarket(AAPL, "100");

        assertApproved(approved);
        assertThat(approved.locateUsed()).isEqualTo(Quantity.ZERO);
    }

    @Test
    void oneShareBeyondThePositionNeedsOneLocatedShare() {
        assertDenied(holding100().sellMarket(AAPL, "101"), POLICY, RiskReasonCode.RISK_NO_LOCATE);
        assertApproved(holding100().located(1).sellMarket(AAPL, "101"));
    }

    @Test
    void theLocateMustCoverTheWholeShortPart() {
        assertDenied(holding100().located(49).sellMarket(AAPL, "150"), POLICY, RiskReasonCode.RISK_NO_LOCATE);
        RiskVerdict approved = holding100().located(50).sellMarket(AAPL, "150");

        assertApproved(approved);
        assertThat(approved.locateUsed()).isEqualTo(Quantity.of(50));
    }

    @Test
    void openSellOrdersUseUpThePositionFirst() {
        RiskFixture fixture = holding100().openOrder(Side.SELL, AAPL, 60, "10.00");

        assertDenied(fixture.sellMarket(AAPL, "41"), POLICY, RiskReasonCode.RISK_NO_LOCATE);
        assertApproved(fixture.sellMarket(AAPL, "40"));
    }

    @Test
    void buysAndEasyToBorrowSymbolsNeedNoLocate() {
        assertApproved(holding100().sellMarket(AAPL, "50"));
        assertApproved(scenario().limits(AAPL_HARD_TO_BORROW).cash("1000").quote("10.00", "10.01").buyMarket(AAPL, "10"));
        assertApproved(scenario().cash("1000").position(AAPL, 100).quote("10.00", "10.01").sellMarket(AAPL, "150"));
    }

    @Test
    void withoutAnAccountSnapshotASellOfAHardToBorrowSymbolFailsClosed() {
        assertDenied(scenario().limits(AAPL_HARD_TO_BORROW).quote("10.00", "10.01").sellMarket(AAPL, "1"), POLICY,
                RiskReasonCode.RISK_NO_ACCOUNT_STATE);
    }
}
