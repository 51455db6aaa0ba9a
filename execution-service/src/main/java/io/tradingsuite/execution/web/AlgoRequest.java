package io.tradingsuite.execution.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.core.algo.AlgoParameters;
import io.tradingsuite.core.algo.AlgoType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The optional {@code algo} object of {@code POST /api/orders}:
 * {@code {"type": "twap|vwap|pov|iceberg", "duration": "PT5M", "slices": 5, "participation": "0.1",
 * "display_qty": "100"}}. Every problem becomes a field violation ({@code algo.type}, {@code algo.duration}, ...), reported
 * together with the order's own violations.
 */
final class AlgoRequest {

    /** Longest TWAP/VWAP schedule. */
    static final Duration MAX_DURATION = Duration.ofDays(1);
    private static final Set<String> ALGO_TIME_IN_FORCE = Set.of("day", "gtc");
    private static final Set<String> ALGO_ORDER_TYPES = Set.of("market", "limit");

    private AlgoRequest() {
    }

    /** The parameters, or null when {@code violations} received at least one problem. */
    static AlgoParameters parse(OrderRequestBody body, List<FieldViolation> violations) {
        JsonNode algo = body.algo();
        int before = violations.size();
        if (!algo.isObject()) {
            violations.add(FieldViolation.of("algo", ErrorCode.VALIDATION_FORMAT, "algo must be an object"));
            return null;
        }
        String typeText = text(algo.get("type"));
        AlgoType type = null;
        if (typeText == null) {
            violations.add(FieldViolation.of("algo.type", ErrorCode.VALIDATION_REQUIRED, "algo.type is required"));
        } else {
            try {
                type = AlgoType.fromWire(typeText);
            } catch (IllegalArgumentException e) {
                violations.add(FieldViolation.of("algo.type", ErrorCode.VALIDATION_FORMAT,
                        "algo.type must be one of twap, vwap, pov, iceberg"));
            }
        }
        String tif = lower(OrderRequestBody.text(body.timeInForce()));
        if (tif != null && !ALGO_TIME_IN_FORCE.contains(tif)) {
            violations.add(FieldViolation.of("time_in_force", ErrorCode.VALIDATION_TIME_IN_FORCE,
                    "an algorithm order must be day or gtc"));
        }
        String orderType = lower(OrderRequestBody.text(body.type()));
        if (orderType != null && !ALGO_ORDER_TYPES.contains(orderType)) {
            violations.add(FieldViolation.of("type", ErrorCode.VALIDATION_FORMAT,
                    "an algorithm works market or limit orders"));
        }
        if (type == null) {
            return null;
        }
        Duration duration = null;
        Integer slices = null;
        BigDecimal participation = null;
        Quantity display = null;
        switch (type) {
            case TWAP, VWAP -> {
                duration = duration(algo.get("duration"), violations);
                slices = slices(algo.get("slices"), violations);
            }
            case POV -> participation = participation(algo.get("participation"), violations);
            case ICEBERG -> display = display(algo.get("display_qty"), OrderRequestBody.text(body.qty()), violations);
        }
        if (violations.size() > before) {
            return null;
        }
        return new AlgoParameters(type, duration, slices, participation, display);
    }

    private static Duration duration(JsonNode node, List<FieldViolation> violations) {
        String text = text(node);
        if (text == null) {
            violations.add(FieldViolation.of("algo.duration", ErrorCode.VALIDATION_REQUIRED,
                    "algo.duration is required (ISO-8601, e.g. PT5M)"));
            return null;
        }
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
                violations.add(FieldViolation.of("algo.duration", ErrorCode.VALIDATION_FORMAT,
                        "algo.duration must be positive and at most PT24H"));
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of("algo.duration", ErrorCode.VALIDATION_FORMAT,
                    "algo.duration must be an ISO-8601 duration such as PT5M"));
            return null;
        }
    }

    private static Integer slices(JsonNode node, List<FieldViolation> violations) {
        String text = text(node);
        if (text == null) {
            violations.add(FieldViolation.of("algo.slices", ErrorCode.VALIDATION_REQUIRED, "algo.slices is required"));
            return null;
        }
        try {
            int slices = new BigDecimal(text).intValueExact();
            if (slices >= 1 && slices <= AlgoParameters.MAX_SLICES) {
                return slices;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        violations.add(FieldViolation.of("algo.slices", ErrorCode.VALIDATION_FORMAT,
                "algo.slices must be a whole number from 1 to " + AlgoParameters.MAX_SLICES));
        return null;
    }

    private static BigDecimal participation(JsonNode node, List<FieldViolation> violations) {
        String text = text(node);
        if (text == null) {
            violations.add(FieldViolation.of("algo.participation", ErrorCode.VALIDATION_REQUIRED,
                    "algo.participation is required for pov"));
            return null;
        }
        try {
            BigDecimal participation = new BigDecimal(text);
            if (participation.signum() > 0 && participation.compareTo(BigDecimal.ONE) <= 0) {
                return participation.stripTrailingZeros();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(FieldViolation.of("algo.participation", ErrorCode.VALIDATION_FORMAT,
                "algo.participation must be a decimal in (0, 1]"));
        return null;
    }

    private static Quantity display(JsonNode node, String qtyText, List<FieldViolation> violations) {
        String text = text(node);
        if (text == null) {
            violations.add(FieldViolation.of("algo.display_qty", ErrorCode.VALIDATION_REQUIRED,
                    "algo.display_qty is required for iceberg"));
            return null;
        }
        Quantity display;
        try {
            display = Quantity.of(text);
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of("algo.display_qty", ErrorCode.VALIDATION_FORMAT,
                    "algo.display_qty must be a decimal quantity"));
            return null;
        }
        Quantity qty = null;
        try {
            qty = qtyText == null ? null : Quantity.of(qtyText);
        } catch (IllegalArgumentException e) {
            // the order's own validation reports qty
        }
        if (!display.isPositive() || (qty != null && display.compareTo(qty) > 0)) {
            violations.add(FieldViolation.of("algo.display_qty", ErrorCode.VALIDATION_QUANTITY,
                    "algo.display_qty must be positive and at most qty"));
            return null;
        }
        return display;
    }

    private static String text(JsonNode node) {
        String text = OrderRequestBody.text(node);
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String lower(String text) {
        return text == null ? null : text.trim().toLowerCase(Locale.ROOT);
    }
}
