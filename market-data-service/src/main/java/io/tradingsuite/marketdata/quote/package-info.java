/** The latest quote of every symbol, held in memory (quotes are transient market data). */
package io.tradingsuite.marketdata.quote;
