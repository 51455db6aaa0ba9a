/**
 * Pre-trade risk policies: the rules the risk service (and the backtester) apply to every order request.
 *
 * <p>Each rule is a small named {@link io.tradingsuite.core.risk.RiskPolicy} returning a
 * {@link io.tradingsuite.core.risk.PolicyDecision} ({@code Approved} or {@code Denied(reasonCode, detail)});
 * {@link io.tradingsuite.core.risk.RiskPolicies#all()} lists them in the order they are evaluated, and the
 * first denial decides. Policies read everything they need from one immutable
 * {@link io.tradingsuite.core.risk.RiskContext}; they never do I/O. Money is exact throughout.
 *
 * <p>The context computes the order's {@link io.tradingsuite.core.risk.OrderFigures} once; the policies only compare
 * them with the {@link io.tradingsuite.core.risk.LimitAmounts} as {@link io.tradingsuite.core.risk.Amount}s
 * (fixed-point longs when they fit, exact decimals otherwise), so the approve path allocates nothing.
 */
package io.tradingsuite.core.risk;
