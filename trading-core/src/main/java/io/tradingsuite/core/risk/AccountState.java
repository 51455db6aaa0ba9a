package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The latest account snapshot risk has seen: cash and positions after the first {@code fillsApplied} fills of
 * the account (counted in the order of the account's partition of the fills topic), the snapshot's mark price of
 * each position and the account's {@link EquityMarks} (equity, start-of-day equity, high-water mark).
 */
public record AccountState(AccountId accountId, Money cash, long fillsApplied, Map<Symbol, Quantity> positions,
        Map<Symbol, Price> marks, EquityMarks equity) {

    public AccountState {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(equity, "equity");
        if (fillsApplied < 0) {
            throw new IllegalArgumentException("fillsApplied must not be negative");
        }
        positions = positions == null ? Map.of() : Map.copyOf(positions);
        marks = marks == null ? Map.of() : Map.copyOf(marks);
    }

    /** A snapshot without marks whose equity is its cash. */
    public AccountState(AccountId accountId, Money cash, long fillsApplied, Map<Symbol, Quantity> positions) {
        this(accountId, cash, fillsApplied, positions, Map.of(), EquityMarks.start(LocalDate.EPOCH, cash));
    }

    /** Signed position of a symbol in the snapshot (zero when flat). */
    public Quantity position(Symbol symbol) {
        return positions.getOrDefault(symbol, Quantity.ZERO);
    }
}
