package io.tradingsuite.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BarAggregatorTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");
    private final BarAggregator aggregator = new BarAggregator();

    @Test
    void aTickOfTheNextMinuteClosesTheBar() {
        assertThat(aggregator.onTick(tick(AAPL, "14:30:00", "100.00", 10))).isEmpty();
        assertThat(aggregator.onTick(tick(AAPL, "14:30:15", "101.50", 20))).isEmpty();
        assertThat(aggregator.onTick(tick(AAPL, "14:30:30", "99.25", 30))).isEmpty();
        assertThat(aggregator.onTick(tick(AAPL, "14:30:59", "100.75", 40))).isEmpty();

        Bar bar = aggregator.onTick(tick(AAPL, "14:31:00", "100.80", 5)).orElseThrow();

        assertThat(bar).isEqualTo(new Bar(AAPL, at("14:30:00"), at("14:31:00"),
                Price.of("100.00"), Price.of("101.50"), Price.of("99.25"), Price.of("100.75"), 100));
    }

    @Test
    void closeUpToClosesOnlyBarsThatHaveEnded() {
        aggregator.onTick(tick(AAPL, "14:30:10", "100.00", 1));
        aggregator.onTick(tick(MSFT, "14:31:10", "400.00", 2));

        assertThat(aggregator.closeUpTo(at("14:31:00"))).extracting(Bar::symbol).containsExactly(AAPL);
        assertThat(aggregator.closeUpTo(at("14:31:59"))).isEmpty();
        assertThat(aggregator.closeUpTo(at("14:32:00"))).singleElement()
                .satisfies(b -> assertThat(b.volume()).isEqualTo(2));
    }

    @Test
    void aTickOlderThanTheOpenBarIsRejected() {
        aggregator.onTick(tick(AAPL, "14:31:10", "100.00", 1));
        assertThatThrownBy(() -> aggregator.onTick(tick(AAPL, "14:30:50", "100.00", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Tick tick(Symbol symbol, String time, String price, long size) {
        return new Tick(symbol, at(time), Price.of(price), size);
    }

    private static Instant at(String time) {
        return Instant.parse("2024-03-04T" + time + "Z");
    }
}
