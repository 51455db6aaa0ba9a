package io.tradingsuite.portfolio.marks;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import org.junit.jupiter.api.Test;

class MarkBookReportsEachChangedSymbolOnceTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");

    private final MarkBook marks = new MarkBook();

    @Test
    void manyQuotesOfOneSymbolBetweenRoundsAreOneChange() {
        marks.update(AAPL, Price.of("100.00"));
        marks.update(AAPL, Price.of("100.01"));
        marks.update(MSFT, Price.of("400.00"));

        assertThat(marks.drainChanged()).containsExactlyInAnyOrder(AAPL, MSFT);
        assertThat(marks.drainChanged()).isEmpty();
        assertThat(marks.markOf(AAPL)).contains(Price.of("100.01"));
    }

    @Test
    void anUnchangedPriceIsNoChange() {
        marks.update(AAPL, Price.of("100.00"));
        marks.drainChanged();

        marks.update(AAPL, Price.of("100.000"));

        assertThat(marks.drainChanged()).isEmpty();
    }

    @Test
    void aSymbolWithoutQuotesHasNoMark() {
        assertThat(marks.markOf(Symbol.of("TSLA"))).isEmpty();
    }
}
