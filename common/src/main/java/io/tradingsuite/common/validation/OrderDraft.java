package io.tradingsuite.common.validation;

/**
 * An order as it arrives from outside, every field still text (numbers already turned into text by the web
 * layer), so that parse errors become field violations too. Field names follow Alpaca's REST API.
 */
public record OrderDraft(
        String symbol,
        String qty,
        String side,
        String type,
        String timeInForce,
        String limitPrice,
        String stopPrice,
        String clientOrderId,
        String trailPrice,
        String trailPercent) {

    /** A draft without trail fields. */
    public OrderDraft(String symbol, String qty, String side, String type, String timeInForce, String limitPrice,
            String stopPrice, String clientOrderId) {
        this(symbol, qty, side, type, timeInForce, limitPrice, stopPrice, clientOrderId, null, null);
    }
}
