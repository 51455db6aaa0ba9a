/**
 * The ledger: accounts and positions in the service's database, fills applied exactly once with trading-core's
 * {@code Account}, and {@code AccountSnapshot}s published through the outbox in the same transaction.
 */
package io.tradingsuite.portfolio.ledger;
