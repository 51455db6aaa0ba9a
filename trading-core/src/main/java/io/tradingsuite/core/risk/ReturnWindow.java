package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A rolling window of per-symbol simple returns, sampled on a fixed grid: time is cut into buckets of
 * {@code sampleInterval} (bucket = epoch millis / interval), the last price seen in a bucket is its close, and the
 * return of a bucket is {@code close / previous close − 1} (the previous stored bucket, so a gap becomes one longer
 * return). At most {@code capacity} returns are kept per symbol. Prices from quotes (mid) and bars (close) feed the
 * same window. Returns are statistics, so they are doubles.
 *
 * <p>Not thread-safe: the owner serialises access.
 */
public final class ReturnWindow {

    private final long intervalMillis;
    private final int capacity;
    private final Map<Symbol, ArrayDeque<Sample>> samples = new HashMap<>();

    /** One bucket's close. */
    private record Sample(long bucket, double close) {
    }

    public ReturnWindow(Duration sampleInterval, int capacity) {
        Objects.requireNonNull(sampleInterval, "sampleInterval");
        if (sampleInterval.isNegative() || sampleInterval.isZero()) {
            throw new IllegalArgumentException("sampleInterval must be positive");
        }
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2");
        }
        this.intervalMillis = sampleInterval.toMillis();
        this.capacity = capacity;
    }

    /** Records a price of a symbol observed at {@code at}; an observation older than the latest bucket is ignored. */
    public void observe(Symbol symbol, Price price, Instant at) {
        long bucket = Math.floorDiv(at.toEpochMilli(), intervalMillis);
        ArrayDeque<Sample> series = samples.computeIfAbsent(symbol, s -> new ArrayDeque<>());
        Sample last = series.peekLast();
        double close = price.value().doubleValue();
        if (last != null && bucket < last.bucket()) {
            return;
        }
        if (last != null && bucket == last.bucket()) {
            series.pollLast();
        }
        series.addLast(new Sample(bucket, close));
        while (series.size() > capacity + 1) {
            series.pollFirst();
        }
    }

    /** Number of returns held for a symbol. */
    public int size(Symbol symbol) {
        ArrayDeque<Sample> series = samples.get(symbol);
        return series == null ? 0 : Math.max(0, series.size() - 1);
    }

    /** The latest close of a symbol. */
    public Optional<Double> latest(Symbol symbol) {
        ArrayDeque<Sample> series = samples.get(symbol);
        return series == null || series.isEmpty() ? Optional.empty() : Optional.of(series.peekLast().close());
    }

    /**
     * The returns of these symbols over the buckets for which every one of them has a return (most recent last, at
     * most {@code capacity}); an empty matrix when a symbol has none.
     */
    public ReturnMatrix aligned(Collection<Symbol> symbols) {
        List<Symbol> order = List.copyOf(symbols);
        List<NavigableMap<Long, Double>> perSymbol = new ArrayList<>();
        for (Symbol symbol : order) {
            NavigableMap<Long, Double> returns = returnsByBucket(symbol);
            if (returns.isEmpty()) {
                return new ReturnMatrix(order, new double[order.size()][0]);
            }
            perSymbol.add(returns);
        }
        if (order.isEmpty()) {
            return new ReturnMatrix(order, new double[0][0]);
        }
        List<Long> common = new ArrayList<>(perSymbol.getFirst().keySet());
        for (NavigableMap<Long, Double> returns : perSymbol) {
            common.retainAll(returns.keySet());
        }
        List<Long> window = common.subList(Math.max(0, common.size() - capacity), common.size());
        double[][] matrix = new double[order.size()][window.size()];
        for (int i = 0; i < order.size(); i++) {
            for (int t = 0; t < window.size(); t++) {
                matrix[i][t] = perSymbol.get(i).get(window.get(t));
            }
        }
        return new ReturnMatrix(order, matrix);
    }

    private NavigableMap<Long, Double> returnsByBucket(Symbol symbol) {
        NavigableMap<Long, Double> returns = new TreeMap<>();
        ArrayDeque<Sample> series = samples.get(symbol);
        if (series == null) {
            return returns;
        }
        Iterator<Sample> it = series.iterator();
        Sample previous = it.hasNext() ? it.next() : null;
        while (it.hasNext()) {
            Sample current = it.next();
            returns.put(current.bucket(), current.close() / previous.close() - 1.0);
            previous = current;
        }
        return returns;
    }
}
