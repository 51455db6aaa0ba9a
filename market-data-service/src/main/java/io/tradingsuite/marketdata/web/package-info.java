/** REST API of the market data service ({@code /api/market/**}) and its JSON DTOs. */
package io.tradingsuite.marketdata.web;
