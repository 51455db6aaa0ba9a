package io.tradingsuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LongPositionAccountingTest extends AccountScenario {

    @Test
    void buyingOpensALongAtCostAndPaysExactlyQuantityTimesPrice() {
        FillApplied result = buy("10", AAPL, "187.25");

        assertThat(result.change().kind()).isEqualTo(PositionChange.Kind.OPENED);
        assertThat(result.cashDelta()).isEqualTo(money("-1872.50"));
        assertThat(account.cash()).isEqualTo(money("98127.50"));
        Position position = account.position(AAPL);
        assertThat(position.quantity()).isEqualTo(Quantity.of(10));
        assertThat(position.costBasis()).isEqualTo(money("1872.50"));
        assertThat(position.side()).contains(PositionSide.LONG);
        assertThat(position.averageEntryPrice()).contains(new BigDecimal("187.25"));
    }

    @Test
    void buyingMoreAddsQuantityTimesPriceToTheCostBasis() {
        buy("10", AAPL, "100.00");
        FillApplied result = buy("5", AAPL, "103.00");

        assertThat(result.change().kind()).isEqualTo(PositionChange.Kind.INCREASED);
        assertThat(account.position(AAPL).costBasis()).isEqualTo(money("1515.00"));
        assertThat(account.position(AAPL).averageEntryPrice()).contains(new BigDecimal("101.00"));
        assertThat(result.realizedPnl()).isEqualTo(money("0"));
    }

    @Test
    void sellingPartRemovesCostProRataAndRealisesProceedsMinusCost() {
        buy("3", AAPL, "100.00");
        buy("3", AAPL, "100.01");   // basis 600.03, average 100.005
        FillApplied result = sell("1", AAPL, "110.00");

        // cost removed = 600.03 x 1 / 6 = 100.005 exactly
        assertThat(result.change().kind()).isEqualTo(PositionChange.Kind.REDUCED);
        assertThat(result.change().costRemoved()).isEqualTo(money("100.005"));
        assertThat(result.realizedPnl()).isEqualTo(money("9.995"));
        assertThat(account.position(AAPL).costBasis()).isEqualTo(money("500.025"));
        assertThat(account.realizedPnl()).isEqualTo(money("9.995"));
    }

    @Test
    void proRataCostIsRoundedHalfEvenToTenDecimalsAndTheRemainderKeepsTheBooksExact() {
        buy("3", AAPL, "100.00");
        buy("1", AAPL, "100.01");   // basis 400.01 over 4 shares
        buy("2", AAPL, "100.00");   // basis 600.01 over 6 shares
        FillApplied result = sell("1", AAPL, "100.00");

        // 600.01 / 6 = 100.0016666666... -> 100.0016666667
        assertThat(result.change().costRemoved()).isEqualTo(money("100.0016666667"));
        assertThat(account.position(AAPL).costBasis()).isEqualTo(money("500.0083333333"));
        assertThat(result.realizedPnl()).isEqualTo(money("-0.0016666667"));
        // the average is display-only, rounded to Money.DIVISION_SCALE
        assertThat(account.position(AAPL).averageEntryPrice()).contains(new BigDecimal("100.0016666667"));
    }

    @Test
    void sellingEverythingClosesTheWholeBasisWithoutResidue() {
        buy("3", AAPL, "100.00");
        buy("1", AAPL, "100.01");
        buy("2", AAPL, "100.00");
        sell("1", AAPL, "101.00");
        FillApplied close = sell("5", AAPL, "99.00");

        assertThat(close.change().kind()).isEqualTo(PositionChange.Kind.CLOSED);
        Position flat = account.position(AAPL);
        assertThat(flat.isFlat()).isTrue();
        assertThat(flat.costBasis()).isEqualTo(money("0"));
        assertThat(flat.side()).isEmpty();
        assertThat(flat.averageEntryPrice()).isEmpty();
        // total realised = proceeds 101 + 495 - cost 600.01
        assertThat(account.realizedPnl()).isEqualTo(money("-4.01"));
        assertThat(flat.realizedPnl()).isEqualTo(money("-4.01"));
        assertThat(account.openPositions()).isEmpty();
        assertThat(account.cash()).isEqualTo(money("99995.99"));
    }

    @Test
    void fractionalQuantitiesAreExact() {
        buy("0.333333333", AAPL, "187.12345678");
        FillApplied result = sell("0.111111111", AAPL, "190.00");

        assertThat(account.position(AAPL).quantity()).isEqualTo(Quantity.of("0.222222222"));
        assertThat(result.change().after().lastFillPrice()).isEqualTo(Optional.of(Price.of("190.00")));
    }
}
