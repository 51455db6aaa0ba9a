package io.tradingsuite.portfolio.marks;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.portfolio.MarkSource;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Latest mark (last trade price of the latest quote) per symbol, and the set of symbols whose mark changed since
 * the last {@link #drainChanged()}. Thread-safe: quotes arrive on listener threads, reads come from REST and the
 * snapshot scheduler.
 */
@Component
public class MarkBook implements MarkSource {

    private final Map<Symbol, Price> marks = new ConcurrentHashMap<>();
    private final Set<Symbol> changed = ConcurrentHashMap.newKeySet();

    /** Records a quote's price; only a different price marks the symbol as changed. */
    public void update(Symbol symbol, Price last) {
        Price previous = marks.put(symbol, last);
        if (!last.equals(previous)) {
            changed.add(symbol);
        }
    }

    /** Flags a symbol as changed again (a failed publication round is retried). */
    public void markChanged(Symbol symbol) {
        changed.add(symbol);
    }

    @Override
    public Optional<Price> markOf(Symbol symbol) {
        return Optional.ofNullable(marks.get(symbol));
    }

    /** Symbols whose mark changed since the previous call (each returned once). */
    public Set<Symbol> drainChanged() {
        Set<Symbol> drained = new HashSet<>();
        for (Symbol symbol : changed) {
            if (changed.remove(symbol)) {
                drained.add(symbol);
            }
        }
        return drained;
    }
}
