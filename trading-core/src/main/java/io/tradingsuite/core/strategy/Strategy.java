package io.tradingsuite.core.strategy;

import io.tradingsuite.common.events.BarClosed;
import java.util.List;

/**
 * A trading strategy: called once per closed bar, in time order per symbol, returns the signals that bar caused
 * (usually none). Implementations keep their own per-symbol state and are not required to be thread-safe.
 */
public interface Strategy {

    /** Stable name of the strategy kind, e.g. {@code ma-crossover}. */
    String name();

    List<Signal> onBar(BarClosed bar, StrategyContext context);
}
