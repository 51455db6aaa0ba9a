package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.HALTED;
import static io.tradingsuite.core.risk.RiskFixture.HTZ;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import org.junit.jupiter.api.Test;

class UnknownOrUntradableSymbolIsDeniedTest {

    @Test
    void aSymbolOutsideTheAssetMasterIsDenied() {
        RiskVerdict verdict = scenario().cash("100000").quote("10.00", "10.01").buyMarket(Symbol.of("NOPE"), "1");

        assertDenied(verdict, "SymbolTradable", RiskReasonCode.RISK_SYMBOL_NOT_TRADABLE);
    }

    @Test
    void anAssetThatIsNotTradableIsDenied() {
        RiskVerdict verdict = scenario().cash("100000").quote("10.00", "10.01").buyMarket(HALTED, "1");

        assertDenied(verdict, "SymbolTradable", RiskReasonCode.RISK_SYMBOL_NOT_TRADABLE);
    }

    @Test
    void sellingExactlyTheHeldPositionOfANonShortableAssetIsApproved() {
        RiskVerdict verdict = scenario().cash("0").position(HTZ, 100).quote("10.00", "10.01").sellMarket(HTZ, "100");

        assertApproved(verdict);
    }

    @Test
    void sellingOneShareMoreThanHeldOfANonShortableAssetIsDenied() {
        RiskVerdict verdict = scenario().cash("0").position(HTZ, 100).quote("10.00", "10.01").sellMarket(HTZ, "101");

        assertDenied(verdict, "SymbolTradable", RiskReasonCode.RISK_NOT_SHORTABLE);
    }

    @Test
    void openSellOrdersAndUnappliedFillsChangeTheSellablePosition() {
        RiskFixture fixture = scenario().cash("0").position(HTZ, 100).quote("10.00", "10.01")
                .openOrder(Side.SELL, HTZ, 30, "10.00")
                .unappliedFill(Side.BUY, HTZ, 5, "10.00");

        assertApproved(fixture.sellMarket(HTZ, "75"));
        assertDenied(fixture.sellMarket(HTZ, "76"), "SymbolTradable", RiskReasonCode.RISK_NOT_SHORTABLE);
    }

    @Test
    void shortingAShortableAssetIsApproved() {
        // (some equity is needed: a short worth more than the whole equity breaks the concentration limit)
        RiskVerdict verdict = scenario().cash("1000").quote("10.00", "10.01").sellMarket(AAPL, "10");

        assertApproved(verdict);
    }

    @Test
    void aSellOfANonShortableAssetWithoutAccountStateFailsClosed() {
        RiskVerdict verdict = scenario().quote("10.00", "10.01").sellMarket(HTZ, "1");

        assertDenied(verdict, "SymbolTradable", RiskReasonCode.RISK_NO_ACCOUNT_STATE);
    }
}
