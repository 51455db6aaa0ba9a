package io.tradingsuite.core.marketdata;

import java.time.Instant;
import java.util.List;

/**
 * What one step of the simulated feed produced: the market time of the step, one trade and one quote per symbol,
 * and the bars that closed with this step (non-empty on the last step of each minute).
 */
public record FeedStep(Instant marketTime, List<Tick> ticks, List<Quote> quotes, List<Bar> closedBars) {

    public FeedStep {
        ticks = List.copyOf(ticks);
        quotes = List.copyOf(quotes);
        closedBars = List.copyOf(closedBars);
    }
}
