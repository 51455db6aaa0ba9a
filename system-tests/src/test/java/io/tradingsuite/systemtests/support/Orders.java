package io.tradingsuite.systemtests.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Order helpers shared by the scenarios: quotes, order tickets and the cash a set of fills implies. */
public final class Orders {

    /** Every account the portfolio opens by default starts with this much cash. */
    public static final BigDecimal STARTING_CASH = new BigDecimal("100000");

    private Orders() {
    }

    /** A unique client order id for a test order. */
    public static String clientOrderId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /** A market day order. */
    public static Map<String, Object> marketOrder(String symbol, BigDecimal qty, String side, String clientOrderId) {
        return GatewayClient.body("symbol", symbol, "qty", qty.toPlainString(), "side", side, "type", "market",
                "time_in_force", "day", "client_order_id", clientOrderId);
    }

    /** The current ask of {@code symbol} through the gateway (market data must have quoted it). */
    public static BigDecimal ask(GatewayClient gateway, ApiKey key, String symbol) {
        GatewayClient.ApiResponse quote = gateway.get("/api/market/quotes/" + symbol, key);
        assertThat(quote.status()).as("%s", quote).isEqualTo(200);
        return new BigDecimal(quote.requireJson().path("ask").asString());
    }

    /** Whole shares worth about {@code notional} at {@code price}. */
    public static BigDecimal sharesWorth(BigDecimal notional, BigDecimal price) {
        return notional.divide(price, 0, RoundingMode.DOWN);
    }

    /** All orders of the caller (newest first, up to 500). */
    public static List<JsonNode> allOrders(GatewayClient gateway, ApiKey key) {
        GatewayClient.ApiResponse response = gateway.get("/api/orders?status=all&limit=500", key);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return GatewayClient.elements(response.requireJson());
    }

    /**
     * The caller's order with this client order id, found in the order list (the gateway routes
     * {@code /api/orders} and {@code /api/orders/**} only), or null.
     */
    public static JsonNode byClientOrderId(GatewayClient gateway, ApiKey key, String clientOrderId) {
        return allOrders(gateway, key).stream()
                .filter(order -> clientOrderId.equals(order.path("client_order_id").asString()))
                .findFirst().orElse(null);
    }

    /** 100000 minus the cost of every bought share plus the proceeds of every sold share, exactly. */
    public static BigDecimal cashImpliedByFills(List<JsonNode> orders) {
        BigDecimal cash = STARTING_CASH;
        for (JsonNode order : orders) {
            BigDecimal filledQty = decimal(order, "filled_qty");
            if (filledQty.signum() == 0) {
                continue;
            }
            // the exact sum of the fills' quantity x price (filled_qty x filled_avg_price is off by the average's
            // rounding when an order filled at several prices)
            BigDecimal notional = decimal(order, "filled_notional");
            cash = "buy".equals(order.path("side").asString()) ? cash.subtract(notional) : cash.add(notional);
        }
        return cash;
    }

    /** A decimal-string field, zero when absent or null. */
    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asString());
    }
}
