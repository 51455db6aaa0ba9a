package io.tradingsuite.execution.algo;

import io.tradingsuite.common.types.Symbol;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Cumulative market volume per symbol from closed bars (in memory, per replica), the POV algorithm's input: a parent
 * remembers the cumulative volume at its last child, the difference is the volume since. After a restart the counter
 * starts at zero again; the scheduler then moves a parent's mark back to the counter (see {@link AlgoScheduler}).
 */
@Component
public class MarketVolume {

    private final ConcurrentMap<Symbol, Long> cumulative = new ConcurrentHashMap<>();

    /** A bar closed with {@code volume} shares traded. */
    public void onBar(Symbol symbol, long volume) {
        if (volume > 0) {
            cumulative.merge(symbol, volume, Long::sum);
        }
    }

    /** Total volume seen for the symbol since this replica started. */
    public long cumulative(Symbol symbol) {
        return cumulative.getOrDefault(symbol, 0L);
    }
}
