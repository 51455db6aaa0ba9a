package io.tradingsuite.execution.venue.alpaca;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.venue.VenueOrder;
import io.tradingsuite.execution.venue.VenuePosition;
import io.tradingsuite.execution.venue.VenueReplace;
import java.math.BigDecimal;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Alpaca Trading API v2 JSON, as documented: snake_case names, lower-case enum values and decimals as strings, both
 * ways. Only the fields the execution service uses are read; unknown fields are ignored.
 */
public final class AlpacaJson {

    private final JsonMapper mapper;

    public AlpacaJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public AlpacaJson() {
        this(JsonMapper.builder().build());
    }

    public JsonNode parse(String body) {
        return mapper.readTree(body == null || body.isBlank() ? "{}" : body);
    }

    public String write(JsonNode node) {
        return mapper.writeValueAsString(node);
    }

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    /**
     * {@code POST /v2/orders} body: symbol, qty, side, type, time_in_force, limit_price / stop_price when the type
     * needs them, trail_price / trail_percent for a trailing stop, client_order_id.
     */
    public String orderRequest(OrderTicket ticket) {
        ObjectNode body = object();
        body.put("symbol", ticket.symbol().value());
        body.put("qty", ticket.quantity().toJson());
        body.put("side", ticket.side().wire());
        body.put("type", ticket.type().wire());
        body.put("time_in_force", ticket.timeInForce().wire());
        putPrices(body, ticket.limitPrice(), ticket.stopPrice());
        if (ticket.trailPrice() != null) {
            body.put("trail_price", ticket.trailPrice().toJson());
        }
        if (ticket.trailPercent() != null) {
            body.put("trail_percent", ticket.trailPercent().toPlainString());
        }
        body.put("client_order_id", ticket.clientOrderId().value());
        return write(body);
    }

    /**
     * {@code POST /v2/orders} body of an {@code oco} order, Alpaca's way of holding two exits of one position at once
     * (it accepts only one closing order per share otherwise): the take-profit's symbol, qty, side, time_in_force and
     * client_order_id with {@code "type": "limit"}, {@code "order_class": "oco"}, {@code take_profit.limit_price} and
     * {@code stop_loss.stop_price} (plus {@code stop_loss.limit_price} for a stop-limit stop-loss).
     */
    public String ocoRequest(OrderTicket takeProfit, OrderTicket stopLoss) {
        ObjectNode body = object();
        body.put("symbol", takeProfit.symbol().value());
        body.put("qty", takeProfit.quantity().toJson());
        body.put("side", takeProfit.side().wire());
        body.put("type", OrderType.LIMIT.wire());
        body.put("time_in_force", takeProfit.timeInForce().wire());
        body.put("order_class", "oco");
        body.putObject("take_profit").put("limit_price", takeProfit.limitPrice().toJson());
        ObjectNode stop = body.putObject("stop_loss");
        stop.put("stop_price", stopLoss.stopPrice().toJson());
        if (stopLoss.limitPrice() != null) {
            stop.put("limit_price", stopLoss.limitPrice().toJson());
        }
        body.put("client_order_id", takeProfit.clientOrderId().value());
        return write(body);
    }

    /** The {@code legs} of an Alpaca order object (an oco's stop-loss); empty for a simple order. */
    public java.util.List<VenueOrder> legs(JsonNode o) {
        java.util.List<VenueOrder> legs = new java.util.ArrayList<>();
        JsonNode array = o.path("legs");
        if (array.isArray()) {
            array.forEach(leg -> legs.add(order(leg)));
        }
        return legs;
    }

    /** {@code PATCH /v2/orders/{id}} body: only the fields that change, plus the new client_order_id. */
    public String replaceRequest(VenueReplace changes) {
        ObjectNode body = object();
        if (changes.quantity() != null) {
            body.put("qty", changes.quantity().toJson());
        }
        if (changes.timeInForce() != null) {
            body.put("time_in_force", changes.timeInForce().wire());
        }
        putPrices(body, changes.limitPrice(), changes.stopPrice());
        body.put("client_order_id", changes.clientOrderId().value());
        return write(body);
    }

    /** {@code limit_price} / {@code stop_price} as decimal strings, each only when given. */
    private static void putPrices(ObjectNode body, Price limit, Price stop) {
        if (limit != null) {
            body.put("limit_price", limit.toJson());
        }
        if (stop != null) {
            body.put("stop_price", stop.toJson());
        }
    }

    /** An Alpaca order object. */
    public VenueOrder order(JsonNode o) {
        Quantity qty = quantity(o, "qty");
        Quantity filled = quantity(o, "filled_qty");
        return new VenueOrder(text(o, "id"), ClientOrderId.of(text(o, "client_order_id")), Symbol.of(text(o, "symbol")),
                Side.fromWire(text(o, "side")), orderType(o), qty, filled, price(o, "filled_avg_price"),
                price(o, "limit_price"), price(o, "stop_price"), status(text(o, "status"), qty, filled),
                text(o, "replaces"), text(o, "replaced_by"));
    }

    /** An Alpaca position object: {@code qty} is signed by {@code side} (long / short). */
    public VenuePosition position(JsonNode p) {
        Quantity qty = quantity(p, "qty").abs();
        if ("short".equalsIgnoreCase(text(p, "side"))) {
            qty = qty.negate();
        }
        return new VenuePosition(Symbol.of(text(p, "symbol")), qty, price(p, "avg_entry_price"));
    }

    /**
     * Alpaca's order status in our terms. Alpaca's {@code new}, {@code accepted}, {@code pending_new},
     * {@code accepted_for_bidding}, {@code held} are all "the venue holds the order, nothing filled" → {@code new};
     * {@code done_for_day} is our {@code done_for_day} (or filled when nothing is left); {@code stopped},
     * {@code suspended}, {@code calculated} are resting (or filled when nothing is left); the others have the same
     * name.
     */
    public static OrderStatus status(String alpaca, Quantity qty, Quantity filled) {
        String s = alpaca == null ? "" : alpaca.toLowerCase(Locale.ROOT);
        OrderStatus resting = filled.isPositive() ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
        return switch (s) {
            case "new", "accepted", "pending_new", "accepted_for_bidding", "held" -> OrderStatus.NEW;
            case "partially_filled" -> OrderStatus.PARTIALLY_FILLED;
            case "filled" -> OrderStatus.FILLED;
            case "done_for_day" -> qty != null && filled.compareTo(qty) >= 0 ? OrderStatus.FILLED : OrderStatus.DONE_FOR_DAY;
            case "stopped", "suspended", "calculated" ->
                    qty != null && filled.compareTo(qty) >= 0 ? OrderStatus.FILLED : resting;
            case "canceled" -> OrderStatus.CANCELED;
            case "expired" -> OrderStatus.EXPIRED;
            case "replaced" -> OrderStatus.REPLACED;
            case "pending_cancel" -> OrderStatus.PENDING_CANCEL;
            case "pending_replace" -> OrderStatus.PENDING_REPLACE;
            case "rejected" -> OrderStatus.REJECTED;
            default -> throw new IllegalArgumentException("unknown Alpaca order status '" + alpaca + "'");
        };
    }

    private static OrderType orderType(JsonNode o) {
        String type = text(o, "type");
        if (type == null) {
            type = text(o, "order_type");
        }
        return OrderType.fromWire(type);
    }

    /** A text field, or null when missing or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asString();
        return text == null || text.isEmpty() ? null : text;
    }

    private static Quantity quantity(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Quantity.of(new BigDecimal(text));
    }

    private static Price price(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Price.of(new BigDecimal(text));
    }

    /** Quantity of a decimal-string field, null when absent. */
    public static Quantity quantityField(JsonNode node, String field) {
        return quantity(node, field);
    }

    /** Price of a decimal-string field, null when absent. */
    public static Price priceField(JsonNode node, String field) {
        return price(node, field);
    }
}
