/** Typed configuration of the market data service ({@code ts.market-data.*}). */
package io.tradingsuite.marketdata.config;
