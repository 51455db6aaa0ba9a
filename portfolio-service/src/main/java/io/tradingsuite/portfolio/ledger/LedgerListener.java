package io.tradingsuite.portfolio.ledger;

import io.tradingsuite.core.portfolio.AccountValuation;
import io.tradingsuite.core.portfolio.FillApplied;

/** Told after a ledger transaction commits (metrics, logs). */
public interface LedgerListener {

    /** A fill was applied and committed. */
    default void fillApplied(FillApplied applied) {
    }

    /** The account's latest valuation (after a fill, a mark snapshot or at startup). */
    default void valued(AccountValuation valuation) {
    }
}
