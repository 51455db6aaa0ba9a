/**
 * Market data domain: a seeded, deterministic simulated feed (geometric Brownian motion per symbol with a
 * U-shaped intraday volume curve over the US session), quotes on tick, 1-minute OHLCV bar aggregation and the
 * default universe of liquid US equities and ETFs. Doubles are used only inside the simulation math; everything
 * that leaves this package is an exact {@link io.tradingsuite.common.types.Price} or
 * {@link io.tradingsuite.common.types.Quantity}.
 */
package io.tradingsuite.core.marketdata;
