package io.tradingsuite.core.strategy;

import static io.tradingsuite.core.strategy.Bars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MovingAverageCrossoverTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private final MovingAverageCrossover strategy =
            new MovingAverageCrossover(new MovingAverageCrossover.Parameters(2, 3, Money.of(1000)));
    private final Map<Symbol, Quantity> positions = new HashMap<>();
    private final StrategyContext context = symbol -> positions.getOrDefault(symbol, Quantity.ZERO);

    @Test
    void goldenCrossWhenFlatBuysFloorOfNotionalOverClose() {
        feed("AAPL", "12", "11", "10");           // SMA2 10.5 < SMA3 11: below
        List<Signal> signals = strategy.onBar(bar("AAPL", 3, "13"), context); // SMA2 11.5 > SMA3 11.3333

        assertThat(signals).containsExactly(new Signal(AAPL, Side.BUY, Quantity.of(76),
                "golden cross: SMA(2)=11.5000 > SMA(3)=11.3333"));
    }

    @Test
    void deathCrossWhenLongSellsTheWholePosition() {
        feed("AAPL", "12", "11", "10", "13", "14");
        positions.put(AAPL, Quantity.of(76));

        List<Signal> signals = strategy.onBar(bar("AAPL", 5, "8"), context); // SMA2 11 < SMA3 11.6667

        assertThat(signals).containsExactly(new Signal(AAPL, Side.SELL, Quantity.of(76),
                "death cross: SMA(2)=11.0000 < SMA(3)=11.6667"));
    }

    @Test
    void noBuyOnGoldenCrossWhenAlreadyLongAndNoSellOnDeathCrossWhenFlat() {
        positions.put(AAPL, Quantity.of(5));
        List<Signal> signals = feed("AAPL", "12", "11", "10", "13");
        assertThat(signals).isEmpty();

        positions.put(AAPL, Quantity.ZERO);
        assertThat(feed("AAPL", "14", "8")).isEmpty();
    }

    @Test
    void theFirstBarWithBothAveragesOnlyRecordsTheSideAndAnUnchangedSideEmitsNothing() {
        assertThat(feed("AAPL", "10", "11", "12", "13", "14", "15")).isEmpty();
    }

    @Test
    void equalAveragesKeepThePreviousSide() {
        // below, then equal (10,10,10), then above: still a golden cross relative to the last known side
        List<Signal> signals = feed("AAPL", "12", "11", "10", "10", "10", "11");
        assertThat(signals).singleElement().satisfies(s -> assertThat(s.side()).isEqualTo(Side.BUY));
    }

    @Test
    void symbolsAreTrackedIndependently() {
        feed("AAPL", "12", "11", "10");
        // MSFT's first bars must not complete AAPL's windows
        assertThat(strategy.onBar(bar("MSFT", 3, "13"), context)).isEmpty();
        assertThat(strategy.onBar(bar("AAPL", 3, "13"), context)).extracting(Signal::symbol).containsExactly(AAPL);
    }

    @Test
    void aCloseAboveTheNotionalBuysNothing() {
        MovingAverageCrossover small = new MovingAverageCrossover(
                new MovingAverageCrossover.Parameters(2, 3, Money.of(10)));
        List<Signal> signals = new ArrayList<>();
        int minute = 0;
        for (String close : List.of("12", "11", "10", "13")) {
            signals.addAll(small.onBar(bar("AAPL", minute++, close), context));
        }
        assertThat(signals).isEmpty();
    }

    @Test
    void invalidWindowsAreRefused() {
        assertThatThrownBy(() -> new MovingAverageCrossover.Parameters(3, 3, Money.of(100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MovingAverageCrossover.Parameters(0, 3, Money.of(100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MovingAverageCrossover.Parameters(2, 3, Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private int minute;

    private List<Signal> feed(String symbol, String... closes) {
        List<Signal> signals = new ArrayList<>();
        for (String close : closes) {
            signals.addAll(strategy.onBar(bar(symbol, minute++, close), context));
        }
        return signals;
    }
}
