/**
 * Kafka adapters (the only package that touches Kafka): listeners for order requests, account snapshots, order
 * events, fills and quotes, each delegating to a transactional service. Decisions leave through common's Outbox.
 */
package io.tradingsuite.risk.messaging;
