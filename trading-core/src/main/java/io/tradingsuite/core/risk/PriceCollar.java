package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Side;
import java.time.Duration;
import java.util.Optional;

/**
 * Fails closed on market data, then collars limit prices:
 * <ul>
 *   <li>every order needs a quote of its symbol ({@code RISK_NO_QUOTE}) no older than {@code maxQuoteAge}
 *       ({@code RISK_QUOTE_STALE}; exactly at the age is accepted);</li>
 *   <li>a buy limit may be at most {@code priceCollarBps} above the ask, a sell limit at most that far below the
 *       bid ({@code RISK_PRICE_COLLAR}; exactly at the collar is accepted). Compared exactly, no rounding. A
 *       stop-limit's limit is collared against the farther of the touch and its own stop price (a buy: the higher
 *       of ask and stop, a sell: the lower of bid and stop): untriggered, it turns into a limit order at its stop;
 *       with the stop already passed, it is a marketable limit at the touch.</li>
 * </ul>
 */
public final class PriceCollar implements RiskPolicy {

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        Optional<ReferenceQuote> found = context.quote();
        if (found.isEmpty()) {
            return denied(RiskReasonCode.RISK_NO_QUOTE, "no quote seen for " + context.order().symbol());
        }
        Duration age = context.figures().quoteAge().orElseThrow();
        Duration maxAge = context.limits().maxQuoteAge();
        if (age.compareTo(maxAge) > 0) {
            return denied(RiskReasonCode.RISK_QUOTE_STALE, "latest quote of " + context.order().symbol() + " is "
                    + age + " old, older than " + maxAge);
        }
        if (!context.hasLimitPrice()) {
            return approved();
        }
        Side side = context.order().side();
        int limitVsBound = context.figures().limitPrice().compareTo(context.figures().collarBound());
        if (side == Side.BUY ? limitVsBound > 0 : limitVsBound < 0) {
            var touch = found.get().touch(side);
            var stop = context.order().stopPrice();
            boolean atStop = context.order().type() == OrderType.STOP_LIMIT && stop != null
                    && (side == Side.BUY ? stop.isAbove(touch) : stop.isBelow(touch));
            String anchor = atStop ? "its stop price " + stop : (side == Side.BUY ? "the ask " : "the bid ") + touch;
            return denied(RiskReasonCode.RISK_PRICE_COLLAR, side.wire() + " limit " + context.order().limitPrice()
                    + " is more than " + context.limits().priceCollarBps() + " bps through " + anchor);
        }
        return approved();
    }
}
