package io.tradingsuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PositionFlipTest extends AccountScenario {

    @Test
    void sellingMoreThanTheLongClosesItThenOpensAShortForTheRemainder() {
        buy("10", AAPL, "100.00");
        FillApplied result = sell("15", AAPL, "110.00");

        assertThat(result.change().kind()).isEqualTo(PositionChange.Kind.FLIPPED);
        assertThat(result.change().closedQuantity()).isEqualTo(Quantity.of(10));
        assertThat(result.change().openedQuantity()).isEqualTo(Quantity.of(5));
        assertThat(result.realizedPnl()).isEqualTo(money("100.00"));
        Position position = account.position(AAPL);
        assertThat(position.quantity()).isEqualTo(Quantity.of(-5));
        assertThat(position.costBasis()).isEqualTo(money("-550.00"));
        assertThat(position.side()).contains(PositionSide.SHORT);
        assertThat(position.averageEntryPrice()).contains(new BigDecimal("110.00"));
        assertThat(account.cash()).isEqualTo(money("100650.00"));
    }

    @Test
    void buyingMoreThanTheShortCoversItThenOpensALongForTheRemainder() {
        sell("3", AAPL, "50.00");
        FillApplied result = buy("5", AAPL, "45.00");

        assertThat(result.change().kind()).isEqualTo(PositionChange.Kind.FLIPPED);
        assertThat(result.realizedPnl()).isEqualTo(money("15.00"));
        Position position = account.position(AAPL);
        assertThat(position.quantity()).isEqualTo(Quantity.of(2));
        assertThat(position.costBasis()).isEqualTo(money("90.00"));
        assertThat(position.side()).contains(PositionSide.LONG);
    }
}
