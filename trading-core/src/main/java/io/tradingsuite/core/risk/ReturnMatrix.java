package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Symbol;
import java.util.List;
import java.util.Objects;

/**
 * Aligned per-period returns: {@code returns[i][t]} is the simple return of {@code symbols.get(i)} in period
 * {@code t} (oldest first); every row has the same length, the window size.
 */
public record ReturnMatrix(List<Symbol> symbols, double[][] returns) {

    public ReturnMatrix {
        symbols = List.copyOf(symbols);
        Objects.requireNonNull(returns, "returns");
        if (returns.length != symbols.size()) {
            throw new IllegalArgumentException("one row of returns per symbol expected");
        }
        for (double[] row : returns) {
            if (row.length != (returns.length == 0 ? 0 : returns[0].length)) {
                throw new IllegalArgumentException("rows of returns must have the same length");
            }
        }
    }

    /** Number of periods (0 without symbols). */
    public int windowSize() {
        return returns.length == 0 ? 0 : returns[0].length;
    }

    /** The returns of one symbol, or null when the symbol is not in the matrix. */
    double[] row(Symbol symbol) {
        int i = symbols.indexOf(symbol);
        return i < 0 ? null : returns[i];
    }
}
