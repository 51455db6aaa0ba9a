package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.ACCOUNT;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TradingState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HaltedOrReducingScopeGatesOrdersTest {

    private RiskFixture longHundred() {
        return scenario().cash("100000").quote("99.99", "100.00").position(AAPL, 100, "100.00");
    }

    @Test
    void aHaltedGlobalScopeDeniesEveryOrderEvenAReducingOne() {
        assertDenied(longHundred().state(RiskScope.GLOBAL, TradingState.HALTED).sellMarket(AAPL, "10"),
                "TradingStateGate", RiskReasonCode.RISK_TRADING_HALTED);
    }

    @Test
    void aHaltedBotDeniesItsOrdersButNotOtherBots() {
        RiskFixture fixture = longHundred().state(RiskScope.bot(BotId.of("b-1")), TradingState.HALTED);
        assertDenied(fixture.bot("b-1").buyMarket(AAPL, "1"), "TradingStateGate", RiskReasonCode.RISK_TRADING_HALTED);
        assertApproved(fixture.bot("b-2").buyMarket(AAPL, "1"));
    }

    @Test
    void aReducingAccountAcceptsSellsUpToThePositionAndDeniesBuysAndFlips() {
        RiskFixture fixture = longHundred().state(RiskScope.account(ACCOUNT), TradingState.REDUCING);
        assertApproved(fixture.sellMarket(AAPL, "100"));
        assertApproved(fixture.sellMarket(AAPL, "1"));
        assertDenied(fixture.sellMarket(AAPL, "101"), "TradingStateGate", RiskReasonCode.RISK_REDUCE_ONLY);
        assertDenied(fixture.buyMarket(AAPL, "1"), "TradingStateGate", RiskReasonCode.RISK_REDUCE_ONLY);
    }

    @Test
    void openSellsCountAgainstWhatIsLeftToReduce() {
        RiskFixture fixture = longHundred().openOrder(Side.SELL, AAPL, 80, "100.00")
                .state(RiskScope.account(ACCOUNT), TradingState.REDUCING);
        assertApproved(fixture.sellMarket(AAPL, "20"));
        assertDenied(fixture.sellMarket(AAPL, "21"), "TradingStateGate", RiskReasonCode.RISK_REDUCE_ONLY);
    }

    @Test
    void aFlatAccountCanDoNothingWhileReducing() {
        assertDenied(scenario().cash("1000").quote("99.99", "100.00").state(RiskScope.GLOBAL, TradingState.REDUCING)
                .buyMarket(AAPL, "1"), "TradingStateGate", RiskReasonCode.RISK_REDUCE_ONLY);
    }

    @Test
    void theMostRestrictiveScopeWins() {
        EffectiveTradingState effective = EffectiveTradingState.of(Map.of(
                RiskScope.GLOBAL, TradingState.REDUCING,
                RiskScope.account(ACCOUNT), TradingState.HALTED,
                RiskScope.bot(BotId.of("b-1")), TradingState.ACTIVE), ACCOUNT, BotId.of("b-1"));
        assertThat(effective).isEqualTo(new EffectiveTradingState(TradingState.HALTED, RiskScope.account(ACCOUNT)));
        assertThat(EffectiveTradingState.of(Map.of(), ACCOUNT, null)).isEqualTo(EffectiveTradingState.ACTIVE);
    }

    @Test
    void scopesParseAndPrintTheirWireForm() {
        assertThat(RiskScope.parse("global")).isEqualTo(RiskScope.GLOBAL);
        assertThat(RiskScope.parse("account:acc-1").wire()).isEqualTo("account:acc-1");
        assertThat(RiskScope.parse("bot:b-1")).isEqualTo(RiskScope.bot(BotId.of("b-1")));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> RiskScope.parse("desk:x"));
    }
}
