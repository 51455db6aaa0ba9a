/**
 * Kafka adapters (the only package that touches Kafka): fills from {@code execution.fills.v1} into the ledger,
 * quotes from {@code market-data.quotes.v1} into the mark book. Snapshots leave through common's outbox.
 */
package io.tradingsuite.portfolio.messaging;
