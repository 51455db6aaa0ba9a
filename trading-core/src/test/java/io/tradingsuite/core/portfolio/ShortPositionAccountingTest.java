package io.tradingsuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShortPositionAccountingTest extends AccountScenario {

    @Test
    void sellingFromFlatOpensAShortWithNegativeBasisAndReceivesCash() {
        FillApplied result = sell("10", AAPL, "100.00");

        assertThat(result.change().kind()).isEqualTo(PositionChange.Kind.OPENED);
        assertThat(account.cash()).isEqualTo(money("101000.00"));
        Position position = account.position(AAPL);
        assertThat(position.quantity()).isEqualTo(Quantity.of(-10));
        assertThat(position.costBasis()).isEqualTo(money("-1000.00"));
        assertThat(position.side()).contains(PositionSide.SHORT);
        assertThat(position.averageEntryPrice()).contains(new BigDecimal("100.00"));
    }

    @Test
    void coveringPartOfAShortBelowEntryRealisesAGain() {
        sell("10", AAPL, "100.00");
        sell("10", AAPL, "102.00");   // basis -2020, average 101
        FillApplied result = buy("5", AAPL, "95.00");

        assertThat(result.change().kind()).isEqualTo(PositionChange.Kind.REDUCED);
        assertThat(result.change().costRemoved()).isEqualTo(money("-505.00"));
        assertThat(result.realizedPnl()).isEqualTo(money("30.00"));
        assertThat(account.position(AAPL).quantity()).isEqualTo(Quantity.of(-15));
        assertThat(account.position(AAPL).costBasis()).isEqualTo(money("-1515.00"));
    }

    @Test
    void coveringAShortAboveEntryRealisesALoss() {
        sell("4", MSFT, "400.00");
        FillApplied result = buy("4", MSFT, "410.50");

        assertThat(result.change().kind()).isEqualTo(PositionChange.Kind.CLOSED);
        assertThat(result.realizedPnl()).isEqualTo(money("-42.00"));
        assertThat(account.cash()).isEqualTo(money("99958.00"));
        assertThat(account.position(MSFT).isFlat()).isTrue();
    }
}
