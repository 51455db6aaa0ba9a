package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The latest account snapshot risk has seen: cash and positions after the first {@code fillsApplied} fills of
 * the account (counted in the order of the account's partition of the fills topic), the snapshot's mark price of
 * each position and the account's {@link EquityMarks} (equity, start-of-day equity, high-water mark).
 *
 * <p>{@code markedGross} and {@code markedNet} are derived once per snapshot (whatever is passed is recomputed):
 * the sums of |position x mark| and of position x mark over the positions that have a mark. With them the exposure
 * policies only revisit the few symbols an order, an open order or an unapplied fill touches, instead of every
 * position for every order.
 */
public record AccountState(AccountId accountId, Money cash, long fillsApplied, Map<Symbol, Quantity> positions,
        Map<Symbol, Price> marks, EquityMarks equity, BigDecimal markedGross, BigDecimal markedNet) {

    public AccountState {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(equity, "equity");
        if (fillsApplied < 0) {
            throw new IllegalArgumentException("fillsApplied must not be negative");
        }
        positions = positions == null ? Map.of() : Map.copyOf(positions);
        marks = marks == null ? Map.of() : Map.copyOf(marks);
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (Map.Entry<Symbol, Quantity> position : positions.entrySet()) {
            Price mark = marks.get(position.getKey());
            if (mark != null) {
                BigDecimal value = mark.value().multiply(position.getValue().value());
                gross = gross.add(value.abs());
                net = net.add(value);
            }
        }
        markedGross = gross;
        markedNet = net;
    }

    public AccountState(AccountId accountId, Money cash, long fillsApplied, Map<Symbol, Quantity> positions,
            Map<Symbol, Price> marks, EquityMarks equity) {
        this(accountId, cash, fillsApplied, positions, marks, equity, null, null);
    }

    /** The snapshot's position x mark of a symbol; zero when flat or unmarked. */
    public BigDecimal markedValue(Symbol symbol) {
        Quantity position = positions.get(symbol);
        Price mark = position == null ? null : marks.get(symbol);
        return mark == null ? BigDecimal.ZERO : mark.value().multiply(position.value());
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
