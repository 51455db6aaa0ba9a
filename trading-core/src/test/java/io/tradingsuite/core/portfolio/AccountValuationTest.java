package io.tradingsuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountValuationTest extends AccountScenario {

    @Test
    void positionsAreMarkedAtTheLatestQuoteAndEquityIsCashPlusMarketValue() {
        buy("10", AAPL, "100.00");
        sell("5", MSFT, "400.00");

        AccountValuation valuation = account.valuation(MarkSource.of(Map.of(AAPL, Price.of("105.50"), MSFT, Price.of("390.00"))));

        assertThat(valuation.cash()).isEqualTo(money("101000.00"));
        assertThat(valuation.positions()).extracting(v -> v.position().symbol()).containsExactly(AAPL, MSFT);
        PositionValuation aapl = valuation.positions().get(0);
        assertThat(aapl.marketValue()).isEqualTo(money("1055.00"));
        assertThat(aapl.unrealizedPnl()).isEqualTo(money("55.00"));
        PositionValuation msft = valuation.positions().get(1);
        assertThat(msft.marketValue()).isEqualTo(money("-1950.00"));
        assertThat(msft.unrealizedPnl()).isEqualTo(money("50.00"));
        assertThat(valuation.unrealizedPnl()).isEqualTo(money("105.00"));
        assertThat(valuation.equity()).isEqualTo(money("100105.00"));
        assertThat(valuation.buyingPower()).isEqualTo(valuation.cash());
        assertThat(valuation.equity()).isEqualTo(STARTING_CASH.plus(valuation.realizedPnl()).plus(valuation.unrealizedPnl()));
    }

    @Test
    void withoutAQuoteAPositionIsMarkedAtItsLastFillPrice() {
        buy("10", AAPL, "100.00");
        buy("10", AAPL, "102.00");

        AccountValuation valuation = account.valuation(MarkSource.NONE);

        assertThat(valuation.positions().get(0).mark()).isEqualTo(Price.of("102.00"));
        assertThat(valuation.unrealizedPnl()).isEqualTo(money("20.00"));
        assertThat(valuation.equity()).isEqualTo(money("100020.00"));
    }

    @Test
    void flatPositionsAreNotValuedButKeepTheirRealisedPnl() {
        buy("1", AAPL, "100.00");
        sell("1", AAPL, "101.00");

        AccountValuation valuation = account.valuation(MarkSource.NONE);

        assertThat(valuation.positions()).isEmpty();
        assertThat(valuation.realizedPnl()).isEqualTo(money("1.00"));
        assertThat(valuation.equity()).isEqualTo(money("100001.00"));
        assertThat(account.allPositions()).hasSize(1);
    }

    @Test
    void aFillOfAnotherAccountIsRefused() {
        assertThatThrownBy(() -> account.apply(fill(AccountId.of("other"), Side.BUY, "1", AAPL, "1.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other");
        assertThat(account.fillsApplied()).isZero();
    }

    @Test
    void aRestoredAccountContinuesFromItsStoredState() {
        buy("10", AAPL, "100.00");
        Account restored = Account.restore(account.id(), account.startingCash(), account.cash(), account.realizedPnl(),
                account.fillsApplied(), account.allPositions());

        FillApplied result = restored.apply(fill(ACCOUNT, Side.SELL, "10", AAPL, "101.00"));

        assertThat(result.realizedPnl()).isEqualTo(money("10.00"));
        assertThat(restored.fillsApplied()).isEqualTo(2);
        assertThat(restored.reconciles()).isTrue();
    }
}
