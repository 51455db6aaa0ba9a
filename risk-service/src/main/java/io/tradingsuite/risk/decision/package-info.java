/**
 * Deciding order requests: shared validation, duplicate client order ids, then the trading-core policy chain;
 * the decision is stored (table {@code decisions}), the approval reserved, and {@code OrderApproved} /
 * {@code OrderDenied} published through the outbox, all in one transaction.
 */
package io.tradingsuite.risk.decision;
