/**
 * The paper venue: a deterministic matching and fill model driven by quotes, shared by the execution service and
 * backtests so both fill orders the same way.
 *
 * <p>{@link io.tradingsuite.core.venue.PaperVenue#match(io.tradingsuite.core.order.Order, Quote)} is a pure function
 * of the order and the current quote; its rules (market and limit orders, slippage, tick rounding, quote size, trade
 * ids) are documented on {@link io.tradingsuite.core.venue.PaperVenue}.
 */
package io.tradingsuite.core.venue;
