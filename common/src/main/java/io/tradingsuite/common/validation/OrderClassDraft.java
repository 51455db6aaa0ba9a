package io.tradingsuite.common.validation;

/**
 * The order-class part of an order request, still text (Alpaca's fields): {@code order_class} and the
 * {@code take_profit: {limit_price}} and {@code stop_loss: {stop_price, limit_price?}} objects. {@code takeProfit} /
 * {@code stopLoss} tell whether the object was given at all (its prices may still be missing).
 */
public record OrderClassDraft(
        String orderClass,
        boolean takeProfit,
        String takeProfitLimitPrice,
        boolean stopLoss,
        String stopLossStopPrice,
        String stopLossLimitPrice) {

    /** No order class given: a simple order. */
    public static final OrderClassDraft SIMPLE = new OrderClassDraft(null, false, null, false, null, null);
}
