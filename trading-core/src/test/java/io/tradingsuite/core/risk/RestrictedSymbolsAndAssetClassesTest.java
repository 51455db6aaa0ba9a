package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.HTZ;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;

import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.validation.Asset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestrictedSymbolsAndAssetClassesTest {

    private static final Symbol BTCUSD = Symbol.of("BTCUSD");
    private static final Symbol BOND = Symbol.of("BOND");

    private static RiskFixture market() {
        return scenario().cash("100000").quote("10.00", "10.01")
                .asset(new Asset(BTCUSD, "Bitcoin", "crypto", "CRYPTO", true, false, true, Quantity.of("0.000000001"),
                        Price.of("0.01")))
                .asset(new Asset(BOND, "Some bond", "us_bond", "OTC", true, false, false, Quantity.of(1),
                        Price.of("0.01")));
    }

    @Test
    void aSymbolOnTheRestrictedListIsDeniedAndTheOthersAreNot() {
        RiskFixture fixture = market().limits(RiskLimits.defaults()
                .withChanges(Map.of(RiskLimits.RESTRICTED_SYMBOLS, "htz, MSFT"), 2));

        assertDenied(fixture.buyMarket(HTZ, "1"), "SymbolTradable", RiskReasonCode.RISK_SYMBOL_RESTRICTED);
        assertApproved(fixture.buyMarket(AAPL, "1"));
    }

    @Test
    void clearingTheRestrictedListAllowsTheSymbolAgain() {
        RiskLimits restricted = RiskLimits.defaults().withChanges(Map.of(RiskLimits.RESTRICTED_SYMBOLS, "HTZ"), 2);
        RiskLimits cleared = restricted.withChanges(Map.of(RiskLimits.RESTRICTED_SYMBOLS, ""), 3);

        assertApproved(market().limits(cleared).buyMarket(HTZ, "1"));
    }

    @Test
    void everyOrderTypeAndTimeInForceIsSupportedForUsEquities() {
        RiskFixture fixture = market();

        assertApproved(fixture.decide(fixture.ticket(AAPL, Side.BUY, OrderType.MARKET, TimeInForce.OPG, "1", null)));
        assertApproved(fixture.decide(fixture.ticket(AAPL, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, "1", "10.01")));
    }

    @Test
    void cryptoTakesMarketLimitAndStopLimitOrdersGoodTillCanceledOrImmediateOrCancel() {
        RiskFixture fixture = market();

        assertApproved(fixture.decide(fixture.ticket(BTCUSD, Side.BUY, OrderType.MARKET, TimeInForce.GTC, "0.5", null)));
        assertApproved(fixture.decide(fixture.ticket(BTCUSD, Side.BUY, OrderType.LIMIT, TimeInForce.IOC, "0.5", "10.01")));
        assertDenied(fixture.decide(fixture.ticket(BTCUSD, Side.BUY, OrderType.MARKET, TimeInForce.DAY, "0.5", null)),
                "AssetClassOrderTypes", RiskReasonCode.RISK_ORDER_TYPE_NOT_SUPPORTED);
        assertDenied(fixture.decide(fixture.ticket(BTCUSD, Side.BUY, OrderType.STOP, TimeInForce.GTC, "0.5", null)),
                "AssetClassOrderTypes", RiskReasonCode.RISK_ORDER_TYPE_NOT_SUPPORTED);
    }

    @Test
    void anAssetClassNobodyTradesHereIsDenied() {
        assertDenied(market().buyMarket(BOND, "1"), "AssetClassOrderTypes",
                RiskReasonCode.RISK_ORDER_TYPE_NOT_SUPPORTED);
    }

    @Test
    void aFractionalEquityOrderMustBeADayOrder() {
        RiskFixture fixture = market();

        assertApproved(fixture.decide(fixture.ticket(AAPL, Side.BUY, OrderType.MARKET, TimeInForce.DAY, "0.5", null)));
        assertDenied(fixture.decide(fixture.ticket(AAPL, Side.BUY, OrderType.MARKET, TimeInForce.GTC, "0.5", null)),
                "AssetClassOrderTypes", RiskReasonCode.RISK_ORDER_TYPE_NOT_SUPPORTED);
        assertApproved(fixture.decide(fixture.ticket(AAPL, Side.BUY, OrderType.MARKET, TimeInForce.GTC, "1", null)));
    }
}
