/**
 * The paper venue adapter: keeps the latest quote per symbol and, on every quote and whenever an order starts
 * working, matches working orders with trading-core's {@link io.tradingsuite.core.venue.PaperVenue}. Each fill is
 * committed in one transaction with the order update, the fill row and its events (outbox).
 */
package io.tradingsuite.execution.venue;
