/**
 * The Alpaca venue ({@code ts.execution.venue=alpaca}): {@link io.tradingsuite.execution.venue.alpaca.AlpacaVenue}
 * (Trading API v2 over {@code RestClient}: retries, unknown outcomes resolved by client order id),
 * {@link io.tradingsuite.execution.venue.alpaca.AlpacaTradeStream} ({@code trade_updates} WebSocket → fills once per
 * {@code execution_id}), {@link io.tradingsuite.execution.venue.alpaca.AlpacaRouting} (the order service's orders to
 * Alpaca, with our order id as {@code client_order_id}) and
 * {@link io.tradingsuite.execution.venue.alpaca.AlpacaReconciliation} (startup agreement with the broker; orders are
 * held until it succeeds). Keys of the selected mode only, through common's {@code Secrets}.
 */
package io.tradingsuite.execution.venue.alpaca;
