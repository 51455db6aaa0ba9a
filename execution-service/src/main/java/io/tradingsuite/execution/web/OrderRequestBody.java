package io.tradingsuite.execution.web;

import io.tradingsuite.common.validation.OrderDraft;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/orders} (Alpaca's fields). Every field is read as raw JSON so that numbers and strings
 * are both accepted and any parse problem becomes a field violation of common's validator. {@code algo} optionally asks
 * for an execution algorithm ({@link AlgoRequest}); {@code trail_price} / {@code trail_percent} are a trailing
 * stop's distance; {@code notional} (instead of {@code qty}) a dollar amount, sized by {@link NotionalSizing};
 * {@code order_class} with {@code take_profit} / {@code stop_loss} a bracket, oco or oto ({@link OrderClassRequest}).
 */
public record OrderRequestBody(
        JsonNode symbol,
        JsonNode qty,
        JsonNode side,
        JsonNode type,
        JsonNode timeInForce,
        JsonNode limitPrice,
        JsonNode stopPrice,
        JsonNode clientOrderId,
        JsonNode algo,
        JsonNode trailPrice,
        JsonNode trailPercent,
        JsonNode notional,
        JsonNode orderClass,
        JsonNode takeProfit,
        JsonNode stopLoss) {

    /** The draft for {@code OrderRequestValidator.validate}. */
    public OrderDraft toDraft() {
        return new OrderDraft(text(symbol), text(qty), text(side), text(type), text(timeInForce), text(limitPrice),
                text(stopPrice), text(clientOrderId), text(trailPrice), text(trailPercent));
    }

    /** True when the body asks for an execution algorithm ({@code algo} present and not null). */
    public boolean hasAlgo() {
        return algo != null && !algo.isNull() && !algo.isMissingNode();
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isValueNode()) {
            return node.asString();
        }
        return node.toString();
    }
}
