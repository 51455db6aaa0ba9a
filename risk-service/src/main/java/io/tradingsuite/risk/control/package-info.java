/**
 * Runtime controls of the risk authority: the trading state of each scope (global, account, bot) including the
 * kill switch, and the versioned runtime limits. Both are persisted and every change is published on the compacted
 * {@code risk.limits.v1} through the outbox, in the transaction that makes it.
 */
package io.tradingsuite.risk.control;
