package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Symbol;
import org.junit.jupiter.api.Test;

class PoliciesAreEvaluatedInOrderTest {

    @Test
    void theChainIsTheDocumentedOrderedList() {
        assertThat(RiskPolicies.all()).extracting(RiskPolicy::name).containsExactly(
                "TradingStateGate", "OrderThrottle", "DuplicateOrderWindow", "SymbolTradable", "AssetClassOrderTypes",
                "MarketHoursTimeInForce", "ShortSaleLocate", "QuantityBounds",
                "MaxNotionalPerOrder", "PriceCollar", "BuyingPower", "MaxPositionPerSymbol", "MaxConcentration",
                "MaxGrossExposure", "MaxNetExposure", "DailyLossLimit", "MaxDrawdown");
    }

    @Test
    void theFirstDenialDecides() {
        // Unknown symbol, too large, no quote and no account: the first policy in the list reports.
        RiskVerdict verdict = scenario().noQuote().buyMarket(Symbol.of("NOPE"), "20000");

        assertDenied(verdict, "SymbolTradable", RiskReasonCode.RISK_SYMBOL_NOT_TRADABLE);
        assertThat(verdict.referencePrice()).isEmpty();
    }
}
