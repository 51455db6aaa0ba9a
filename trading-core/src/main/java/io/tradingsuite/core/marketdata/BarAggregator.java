package io.tradingsuite.core.marketdata;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds 1-minute OHLCV bars from ticks, per symbol. A bar closes when a tick of a later minute arrives for its
 * symbol ({@link #onTick}) or when the clock passes its end ({@link #closeUpTo}). Ticks must arrive in time order
 * per symbol; a late tick of an already closed minute is rejected. Not thread-safe.
 */
public final class BarAggregator {

    private final Map<Symbol, OpenBar> open = new LinkedHashMap<>();

    /** Adds a tick; returns the symbol's previous bar if this tick starts a new minute. */
    public Optional<Bar> onTick(Tick tick) {
        Instant minute = tick.time().truncatedTo(ChronoUnit.MINUTES);
        OpenBar current = open.get(tick.symbol());
        if (current == null) {
            open.put(tick.symbol(), new OpenBar(tick.symbol(), minute, tick));
            return Optional.empty();
        }
        if (minute.isBefore(current.start)) {
            throw new IllegalArgumentException("tick at " + tick.time() + " is older than the open bar of "
                    + tick.symbol() + " starting " + current.start);
        }
        if (minute.equals(current.start)) {
            current.add(tick);
            return Optional.empty();
        }
        open.put(tick.symbol(), new OpenBar(tick.symbol(), minute, tick));
        return Optional.of(current.close());
    }

    /** Closes and returns every open bar that ends at or before {@code time}, in symbol insertion order. */
    public List<Bar> closeUpTo(Instant time) {
        List<Bar> closed = new ArrayList<>();
        Iterator<OpenBar> bars = open.values().iterator();
        while (bars.hasNext()) {
            OpenBar bar = bars.next();
            if (!bar.start.plus(Bar.LENGTH).isAfter(time)) {
                closed.add(bar.close());
                bars.remove();
            }
        }
        return closed;
    }

    private static final class OpenBar {
        private final Symbol symbol;
        private final Instant start;
        private final Price open;
        private Price high;
        private Price low;
        private Price close;
        private long volume;

        OpenBar(Symbol symbol, Instant start, Tick first) {
            this.symbol = symbol;
            this.start = start;
            this.open = first.price();
            this.high = first.price();
            this.low = first.price();
            this.close = first.price();
            this.volume = first.size();
        }

        void add(Tick tick) {
            Price price = tick.price();
            if (price.isAbove(high)) {
                high = price;
            }
            if (price.isBelow(low)) {
                low = price;
            }
            close = price;
            volume += tick.size();
        }

        Bar close() {
            return new Bar(symbol, start, start.plus(Bar.LENGTH), open, high, low, close, volume);
        }
    }
}
