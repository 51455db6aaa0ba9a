package io.tradingsuite.execution.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.execution.order.ReplaceChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code PATCH /api/orders/{id}} (Alpaca's replace fields, all optional). Read as raw JSON so numbers and
 * strings are both accepted and parse problems become field violations.
 */
public record ReplaceOrderBody(JsonNode qty, JsonNode limitPrice, JsonNode stopPrice, JsonNode timeInForce,
        JsonNode clientOrderId) {

    /** The typed changes; throws {@link ValidationException} listing every field that does not parse. */
    public ReplaceChanges toChanges() {
        List<FieldViolation> violations = new ArrayList<>();
        Quantity parsedQty = parse(violations, "qty", qty, Quantity::of);
        if (parsedQty != null && !parsedQty.isPositive()) {
            violations.add(FieldViolation.of("qty", ErrorCode.VALIDATION_QUANTITY, "qty must be positive"));
        }
        ReplaceChanges changes = new ReplaceChanges(parsedQty,
                parse(violations, "limit_price", limitPrice, Price::of),
                parse(violations, "stop_price", stopPrice, Price::of),
                parse(violations, "time_in_force", timeInForce, TimeInForce::fromWire),
                parse(violations, "client_order_id", clientOrderId, ClientOrderId::of));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return changes;
    }

    private static <T> T parse(List<FieldViolation> violations, String field, JsonNode node, Function<String, T> parser) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String text = node.isNumber() ? node.decimalValue().toPlainString() : node.isValueNode() ? node.asString() : null;
        if (text == null || text.isBlank()) {
            violations.add(FieldViolation.of(field, ErrorCode.VALIDATION_FORMAT, "invalid " + field));
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(field, ErrorCode.VALIDATION_FORMAT, "invalid " + field + " '"
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'"));
            return null;
        }
    }
}
