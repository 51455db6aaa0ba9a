/**
 * Exact portfolio accounting with the average-cost method, shared by the portfolio service and backtests.
 *
 * <p>An {@link io.tradingsuite.core.portfolio.Account} applies fills ({@code FillExecuted}) and returns what
 * changed ({@link io.tradingsuite.core.portfolio.FillApplied}); a
 * {@link io.tradingsuite.core.portfolio.Position} keeps a signed quantity and an exact, never rounded cost basis.
 * Valuation against marks is a separate query ({@link io.tradingsuite.core.portfolio.AccountValuation}).
 *
 * <p>Invariant, exact to the last digit: {@code startingCash + realizedPnl - sum(costBasis) == cash}, and every
 * position equals the signed sum of its fills.
 */
package io.tradingsuite.core.portfolio;
