package io.tradingsuite.common.validation;

import io.tradingsuite.common.types.Price;

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
}
