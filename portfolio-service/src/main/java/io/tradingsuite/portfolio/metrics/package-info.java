/** Micrometer meters of the ledger: cash, equity and P&amp;L gauges per account, applied-fill counter. */
package io.tradingsuite.portfolio.metrics;
