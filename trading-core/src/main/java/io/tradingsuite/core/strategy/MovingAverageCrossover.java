package io.tradingsuite.core.strategy;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Simple-moving-average crossover on bar closes, long only. Per symbol it tracks the fast and slow SMAs; a
 * <em>golden cross</em> (fast moves from below to above slow) buys {@code floor(notional / close)} whole shares
 * when the position is flat; a <em>death cross</em> (fast moves from above to below slow) sells the whole
 * position when long. A cross needs a previous side: the first bar with both averages defined only records it,
 * and bars where the averages are equal keep the previous side. Averages are computed exactly (BigDecimal).
 */
public final class MovingAverageCrossover implements Strategy {

    public static final String NAME = "ma-crossover";
    private static final int AVERAGE_SCALE = 8;

    private final Parameters parameters;
    private final Map<Symbol, SymbolState> states = new HashMap<>();

    public MovingAverageCrossover(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public Parameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Signal> onBar(BarClosed bar, StrategyContext context) {
        SymbolState state = states.computeIfAbsent(bar.symbol(), s -> new SymbolState(parameters.slowWindow()));
        state.add(bar.close().value());
        if (state.size() < parameters.slowWindow()) {
            return List.of();
        }
        BigDecimal fast = state.average(parameters.fastWindow());
        BigDecimal slow = state.average(parameters.slowWindow());
        int side = fast.compareTo(slow);
        if (side == 0) {
            return List.of();
        }
        int previous = state.side;
        state.side = side;
        Quantity position = context.position(bar.symbol());
        if (previous < 0 && side > 0 && position.isZero()) {
            Quantity shares = sharesFor(bar);
            if (!shares.isPositive()) {
                return List.of();
            }
            return List.of(new Signal(bar.symbol(), Side.BUY, shares, describe("golden cross", fast, slow)));
        }
        if (previous > 0 && side < 0 && position.isPositive()) {
            return List.of(new Signal(bar.symbol(), Side.SELL, position, describe("death cross", fast, slow)));
        }
        return List.of();
    }

    private Quantity sharesFor(BarClosed bar) {
        BigDecimal shares = parameters.notionalPerTrade().value()
                .divide(bar.close().value(), 0, RoundingMode.FLOOR);
        return Quantity.of(shares);
    }

    private String describe(String event, BigDecimal fast, BigDecimal slow) {
        return "%s: SMA(%d)=%s %s SMA(%d)=%s".formatted(event,
                parameters.fastWindow(), fast.setScale(4, RoundingMode.HALF_EVEN).toPlainString(),
                fast.compareTo(slow) > 0 ? ">" : "<",
                parameters.slowWindow(), slow.setScale(4, RoundingMode.HALF_EVEN).toPlainString());
    }

    /**
     * Configuration: SMA windows in bars ({@code 1 <= fast < slow <= 1000}) and the notional spent per entry.
     */
    public record Parameters(int fastWindow, int slowWindow, Money notionalPerTrade) {

        public Parameters {
            Objects.requireNonNull(notionalPerTrade, "notionalPerTrade");
            if (fastWindow < 1 || slowWindow > 1000 || fastWindow >= slowWindow) {
                throw new IllegalArgumentException("need 1 <= fast_window < slow_window <= 1000, was "
                        + fastWindow + "/" + slowWindow);
            }
            if (!notionalPerTrade.isPositive()) {
                throw new IllegalArgumentException("notional_per_trade must be positive");
            }
        }
    }

    /** Rolling closes of one symbol (the last {@code slowWindow}) and the side of fast vs slow. */
    private static final class SymbolState {
        private final int capacity;
        private final Deque<BigDecimal> closes = new ArrayDeque<>();
        private int side;

        SymbolState(int capacity) {
            this.capacity = capacity;
        }

        void add(BigDecimal close) {
            closes.addLast(close);
            if (closes.size() > capacity) {
                closes.removeFirst();
            }
        }

        int size() {
            return closes.size();
        }

        BigDecimal average(int window) {
            BigDecimal sum = BigDecimal.ZERO;
            var newestFirst = closes.descendingIterator();
            for (int i = 0; i < window; i++) {
                sum = sum.add(newestFirst.next());
            }
            return sum.divide(BigDecimal.valueOf(window), AVERAGE_SCALE, RoundingMode.HALF_EVEN);
        }
    }
}
