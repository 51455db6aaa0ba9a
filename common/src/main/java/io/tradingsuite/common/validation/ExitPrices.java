package io.tradingsuite.common.validation;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * The validated exit prices of a bracket, oco or oto order: the take-profit limit price and the stop-loss stop price
 * (with an optional limit price: a stop-limit stop-loss). A part that was not asked for is null.
 */
public record ExitPrices(Price takeProfitLimit, Price stopLossStop, Price stopLossLimit) {

    /** No exits (a simple order). */
    public static final ExitPrices NONE = new ExitPrices(null, null, null);

    public boolean hasTakeProfit() {
        return takeProfitLimit != null;
    }

    public boolean hasStopLoss() {
        return stopLossStop != null;
    }

    /**
     * The exits' prices against each other (code {@code VALIDATION_EXIT_PRICES}): exits that sell need
     * {@code take_profit.limit_price > stop_loss.stop_price} and {@code stop_loss.limit_price <= stop_loss.stop_price},
     * exits that buy the reverse; a part that is null is not checked.
     */
    public List<FieldViolation> check(Side exitSide) {
        List<FieldViolation> violations = new ArrayList<>();
        boolean selling = exitSide == Side.SELL;
        Price takeProfit = takeProfitLimit;
        Price stop = stopLossStop;
        Price stopLimit = stopLossLimit;
        if (takeProfit != null && stop != null && (selling ? !takeProfit.isAbove(stop) : !takeProfit.isBelow(stop))) {
            violations.add(FieldViolation.of("take_profit.limit_price", ErrorCode.VALIDATION_EXIT_PRICES,
                    "take_profit.limit_price " + takeProfit + " must be " + (selling ? "above" : "below")
                            + " stop_loss.stop_price " + stop + " for " + exitSide.wire() + " exits"));
        }
        if (stop != null && stopLimit != null && (selling ? stopLimit.isAbove(stop) : stopLimit.isBelow(stop))) {
            violations.add(FieldViolation.of("stop_loss.limit_price", ErrorCode.VALIDATION_EXIT_PRICES,
                    "stop_loss.limit_price " + stopLimit + " must not be " + (selling ? "above" : "below")
                            + " stop_loss.stop_price " + stop + " for a " + exitSide.wire() + " stop-loss"));
        }
        return violations;
    }
}
