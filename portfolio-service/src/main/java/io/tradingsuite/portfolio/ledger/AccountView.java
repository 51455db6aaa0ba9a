package io.tradingsuite.portfolio.ledger;

import io.tradingsuite.core.portfolio.AccountValuation;
import java.time.Instant;

/**
 * An account valued for a query.
 *
 * @param valuation the books at the current marks
 * @param updatedAt when the account last changed
 */
public record AccountView(AccountValuation valuation, Instant updatedAt) {
}
