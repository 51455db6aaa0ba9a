/**
 * Venues. {@link io.tradingsuite.execution.venue.Venue} is the port to a venue (submit, cancel, replace, lookup by
 * client order id, open orders, positions; fills to {@link io.tradingsuite.execution.venue.VenueListener}s), with
 * two implementations: {@link io.tradingsuite.execution.venue.PaperVenueAdapter} (trading-core's paper venue as a
 * self-contained simulated broker) and {@code alpaca.AlpacaVenue}. {@link io.tradingsuite.execution.venue.OrderRouting}
 * is what the order service calls, selected by {@code ts.execution.venue}: {@code paper} keeps the paper adapter of
 * the order table — the latest quote per symbol and, on every quote and whenever an order starts working, matching of
 * working orders with trading-core's {@link io.tradingsuite.core.venue.PaperVenue} in {@link
 * io.tradingsuite.execution.venue.PaperExecution}, each fill committed in one transaction with the order update, the
 * fill row and its events (outbox); {@code alpaca} sends orders to Alpaca and applies its fills through
 * {@link io.tradingsuite.execution.venue.VenueFills}.
 */
package io.tradingsuite.execution.venue;
