package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Fails closed on market data, then collars limit prices:
 * <ul>
 *   <li>every order needs a quote of its symbol ({@code RISK_NO_QUOTE}) no older than {@code maxQuoteAge}
 *       ({@code RISK_QUOTE_STALE}; exactly at the age is accepted);</li>
 *   <li>a buy limit may be at most {@code priceCollarBps} above the ask, a sell limit at most that far below the
 *       bid ({@code RISK_PRICE_COLLAR}; exactly at the collar is accepted). Compared exactly, no rounding.</li>
 * </ul>
 */
public final class PriceCollar implements RiskPolicy {

    private static final BigDecimal BPS_PER_UNIT = BigDecimal.valueOf(10_000);

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Optional<ReferenceQuote> found = context.quote();
        if (found.isEmpty()) {
            return denied(RiskReasonCode.RISK_NO_QUOTE, "no quote seen for " + context.order().symbol());
        }
        Duration age = context.quoteAge().orElseThrow();
        Duration maxAge = context.limits().maxQuoteAge();
        if (age.compareTo(maxAge) > 0) {
            return denied(RiskReasonCode.RISK_QUOTE_STALE, "latest quote of " + context.order().symbol() + " is "
                    + age + " old, older than " + maxAge);
        }
        if (!context.hasLimitPrice()) {
            return approved();
        }
        ReferenceQuote quote = found.get();
        Side side = context.order().side();
        Price touch = quote.touch(side);
        BigDecimal limitScaled = context.order().limitPrice().value().multiply(BPS_PER_UNIT);
        BigDecimal collarBps = BigDecimal.valueOf(context.limits().priceCollarBps());
        boolean through = side == Side.BUY
                ? limitScaled.compareTo(touch.value().multiply(BPS_PER_UNIT.add(collarBps))) > 0
                : limitScaled.compareTo(touch.value().multiply(BPS_PER_UNIT.subtract(collarBps))) < 0;
        if (through) {
            return denied(RiskReasonCode.RISK_PRICE_COLLAR, side.wire() + " limit " + context.order().limitPrice()
                    + " is more than " + collarBps + " bps through the " + (side == Side.BUY ? "ask " : "bid ")
                    + touch);
        }
        return approved();
    }
}
