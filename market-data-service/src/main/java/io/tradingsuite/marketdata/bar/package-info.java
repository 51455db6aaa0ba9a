/** Closed 1-minute bars: persisted in table {@code bars} and queried by symbol and time range. */
package io.tradingsuite.marketdata.bar;
