package io.tradingsuite.portfolio.ledger;

import io.tradingsuite.common.types.AccountId;

/** A fill names an account the ledger does not keep; the record cannot be applied (it goes to the dead letters). */
public class UnknownAccountException extends IllegalArgumentException {

    public UnknownAccountException(AccountId accountId) {
        super("unknown account " + accountId + ": not configured in ts.portfolio.accounts");
    }
}
