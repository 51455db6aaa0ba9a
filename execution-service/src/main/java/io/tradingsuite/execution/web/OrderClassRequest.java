package io.tradingsuite.execution.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.OrderClassDraft;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The order-class fields of {@code POST /api/orders} (Alpaca's): {@code "order_class": "bracket|oco|oto|simple"},
 * {@code "take_profit": {"limit_price": "110.00"}}, {@code "stop_loss": {"stop_price": "95.00", "limit_price":
 * "94.50"}}. A {@code take_profit} / {@code stop_loss} that is not an object is a field violation; everything else is
 * checked by common's validator. An oco's {@code limit_price} may be left out: it is its take-profit's.
 */
final class OrderClassRequest {

    private OrderClassRequest() {
    }

    /** The draft for the validator; shape problems go to {@code violations}. */
    static OrderClassDraft parse(OrderRequestBody body, List<FieldViolation> violations) {
        JsonNode takeProfit = object(body.takeProfit(), "take_profit", violations);
        JsonNode stopLoss = object(body.stopLoss(), "stop_loss", violations);
        return new OrderClassDraft(OrderRequestBody.text(body.orderClass()),
                present(body.takeProfit()), takeProfit == null ? null : OrderRequestBody.text(takeProfit.get("limit_price")),
                present(body.stopLoss()), stopLoss == null ? null : OrderRequestBody.text(stopLoss.get("stop_price")),
                stopLoss == null ? null : OrderRequestBody.text(stopLoss.get("limit_price")));
    }

    /** True when the body asks for another class than simple. */
    static boolean isContingent(OrderClassDraft draft) {
        return draft.orderClass() != null && !draft.orderClass().isBlank()
                && !draft.orderClass().trim().toLowerCase(Locale.ROOT).equals("simple");
    }

    /** True when the body asks for an oco. */
    static boolean isOco(OrderClassDraft draft) {
        return draft.orderClass() != null && draft.orderClass().trim().toLowerCase(Locale.ROOT).equals("oco");
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private static JsonNode object(JsonNode node, String field, List<FieldViolation> violations) {
        if (!present(node)) {
            return null;
        }
        if (!node.isObject()) {
            violations.add(FieldViolation.of(field, ErrorCode.VALIDATION_FORMAT, field + " must be an object"));
            return null;
        }
        return node;
    }
}
