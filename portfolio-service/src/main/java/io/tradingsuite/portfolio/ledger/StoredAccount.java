package io.tradingsuite.portfolio.ledger;

import io.tradingsuite.core.portfolio.Account;
import java.time.Instant;

/**
 * An account as stored: the domain books plus the version of the latest published snapshot.
 *
 * @param account   the books
 * @param version   version of the latest snapshot published for the account
 * @param updatedAt when the account row last changed
 */
public record StoredAccount(Account account, long version, Instant updatedAt) {
}
