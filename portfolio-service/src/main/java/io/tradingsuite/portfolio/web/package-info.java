/**
 * REST queries of the caller's own account ({@code CurrentUser.accountId()}): {@code /api/portfolio} and its
 * positions. Snake-case JSON, decimals as strings, Alpaca-like position fields.
 */
package io.tradingsuite.portfolio.web;
