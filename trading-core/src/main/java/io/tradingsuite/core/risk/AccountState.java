package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.util.Map;
import java.util.Objects;

/**
 * The latest account snapshot risk has seen: cash and positions after the first {@code fillsApplied} fills of
 * the account (counted in the order of the account's partition of the fills topic).
 */
public record AccountState(AccountId accountId, Money cash, long fillsApplied, Map<Symbol, Quantity> positions) {

    public AccountState {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(cash, "cash");
        if (fillsApplied < 0) {
            throw new IllegalArgumentException("fillsApplied must not be negative");
        }
        positions = positions == null ? Map.of() : Map.copyOf(positions);
    }

    /** Signed position of a symbol in the snapshot (zero when flat). */
    public Quantity position(Symbol symbol) {
        return positions.getOrDefault(symbol, Quantity.ZERO);
    }
}
