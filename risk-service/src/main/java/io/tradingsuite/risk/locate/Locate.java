package io.tradingsuite.risk.locate;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.time.LocalDate;

/** Shares of a symbol located for an account's short sales on one trading day, and how many are used. */
public record Locate(AccountId accountId, Symbol symbol, LocalDate tradingDay, Quantity located, Quantity used,
        String locatedBy, Instant updatedAt) {

    /** Located and not used yet. */
    public Quantity available() {
        return located.minus(used);
    }
}
