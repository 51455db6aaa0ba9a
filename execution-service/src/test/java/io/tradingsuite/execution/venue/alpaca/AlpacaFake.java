package io.tradingsuite.execution.venue.alpaca;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small stateful Alpaca for the venue contract, as a WireMock response transformer over every {@code /v2/*} request:
 * orders keyed by client order id (a repeat is 422 "client_order_id must be unique"), market orders and marketable
 * limits fill at the touch at once (pushed as a {@code fill} event with an {@code execution_id} on the loopback
 * {@code trade_updates} stream), DELETE cancels a working order (204, {@code canceled} event), PATCH replaces it
 * ({@code replaced} / {@code replaced_by}, new order with {@code replaces}); positions from the fills. An
 * {@code "order_class": "oco"} request creates the take-profit limit order and its stop-loss leg (a client order id the
 * fake generates, as Alpaca does); a fill or cancel of either cancels the other. Shapes as in Alpaca's documentation.
 */
public final class AlpacaFake implements ResponseDefinitionTransformerV2 {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, FakeOrder> byClientId = new LinkedHashMap<>();
    private final Map<String, Map<String, BigDecimal[]>> positions = new LinkedHashMap<>();
    private final LoopbackWebSocketServer stream;
    private volatile BigDecimal bid = new BigDecimal("99.99");
    private volatile BigDecimal ask = new BigDecimal("100.00");

    public AlpacaFake(LoopbackWebSocketServer stream) {
        this.stream = stream;
    }

    public void market(BigDecimal bid, BigDecimal ask) {
        this.bid = bid;
        this.ask = ask;
    }

    /** Puts an order at the fake broker as if it had been placed earlier (for reconciliation scenarios). */
    public synchronized String seed(String clientOrderId, String side, String type, String qty, String limit,
            String status, String filledQty, String avg) {
        FakeOrder order = new FakeOrder();
        order.clientOrderId = clientOrderId;
        order.symbol = "AAPL";
        order.side = side;
        order.type = type;
        order.qty = qty;
        order.limit = limit;
        order.status = status;
        order.filledQty = filledQty;
        order.avg = avg;
        byClientId.put(clientOrderId, order);
        return order.id;
    }

    /** Alpaca is done with the order for the day: its status and a {@code done_for_day} trade update. */
    public synchronized void doneForDay(String clientOrderId) {
        FakeOrder order = byClientId.get(clientOrderId);
        order.status = "done_for_day";
        stream.broadcast(AlpacaOrders.tradeUpdate("done_for_day", null, null, null, null, order.json()), true);
    }

    /** The exchange rejected an order Alpaca had accepted: its status and a {@code rejected} trade update. */
    public synchronized void reject(String clientOrderId) {
        FakeOrder order = byClientId.get(clientOrderId);
        order.status = "rejected";
        stream.broadcast(AlpacaOrders.tradeUpdate("rejected", null, null, null, null, order.json()), true);
    }

    /**
     * The market fell through the stop of the oco order whose take-profit has this client order id: its stop-loss leg
     * fills at the stop price ({@code fill} event) and the take-profit is canceled ({@code canceled} event).
     */
    public synchronized void triggerStop(String takeProfitClientOrderId) {
        FakeOrder takeProfit = byClientId.get(takeProfitClientOrderId);
        FakeOrder stopLoss = takeProfit.ocoSibling;
        fill(stopLoss, new BigDecimal(stopLoss.stop));
    }

    /**
     * As {@link #triggerStop}, but the stream reports the take-profit's {@code canceled} before the stop-loss's
     * {@code fill} (the order of two events of one oco order is not guaranteed).
     */
    public synchronized void triggerStopReportingTheCancelFirst(String takeProfitClientOrderId) {
        FakeOrder takeProfit = byClientId.get(takeProfitClientOrderId);
        FakeOrder stopLoss = takeProfit.ocoSibling;
        takeProfit.status = "canceled";
        stream.broadcast(AlpacaOrders.tradeUpdate("canceled", null, null, null, null, takeProfit.json()), true);
        fill(stopLoss, new BigDecimal(stopLoss.stop));
    }

    /** The client order id the fake generated for the stop-loss leg of the oco order of this take-profit. */
    public synchronized String stopLegClientOrderId(String takeProfitClientOrderId) {
        FakeOrder takeProfit = byClientId.get(takeProfitClientOrderId);
        return takeProfit == null || takeProfit.ocoSibling == null ? null : takeProfit.ocoSibling.clientOrderId;
    }

    /** True when the fake broker holds an order with this client order id. */
    public synchronized boolean has(String clientOrderId) {
        return byClientId.containsKey(clientOrderId);
    }

    /** Alpaca's status of the order with this client order id, null when unknown. */
    public synchronized String statusOf(String clientOrderId) {
        FakeOrder order = byClientId.get(clientOrderId);
        return order == null ? null : order.status;
    }

    @Override
    public String getName() {
        return "alpaca-fake";
    }

    private static final class FakeOrder {
        String id = UUID.randomUUID().toString();
        String clientOrderId;
        String symbol;
        String side;
        String type;
        String qty;
        String limit;
        String status = "new";
        String filledQty = "0";
        String avg;
        String replacedBy;
        String replaces;
        String stop;
        String orderClass = "";
        FakeOrder leg;
        FakeOrder ocoSibling;

        String json() {
            return AlpacaOrders.order(id, clientOrderId, symbol, side, type, qty, limit, stop, status, filledQty, avg,
                    replacedBy, replaces, orderClass, leg == null ? null : "[" + leg.json().strip() + "]");
        }

        boolean open() {
            return status.equals("new") || status.equals("partially_filled") || status.equals("accepted")
                    || status.equals("done_for_day");
        }
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String method = request.getMethod().getName();
        String path = request.getUrl().split("\\?")[0];
        if (method.equals("POST") && path.equals("/v2/orders")) {
            JsonNode body = json.readTree(request.getBodyAsString());
            String clientOrderId = body.path("client_order_id").asString();
            if (byClientId.containsKey(clientOrderId)) {
                return error(422, 40010001, "client_order_id must be unique");
            }
            FakeOrder order = new FakeOrder();
            order.clientOrderId = clientOrderId;
            order.symbol = body.path("symbol").asString();
            order.side = body.path("side").asString();
            order.type = body.path("type").asString();
            order.qty = body.path("qty").asString();
            order.limit = body.path("limit_price").isMissingNode() ? null : body.path("limit_price").asString();
            if (body.path("order_class").asString("").equals("oco")) {
                if (!order.type.equals("limit") || body.path("take_profit").path("limit_price").isMissingNode()
                        || body.path("stop_loss").path("stop_price").isMissingNode()) {
                    return error(422, 42210000, "oco orders must be limit orders with take_profit.limit_price and "
                            + "stop_loss.stop_price");
                }
                order.orderClass = "oco";
                order.limit = body.path("take_profit").path("limit_price").asString();
                FakeOrder stopLoss = new FakeOrder();
                stopLoss.clientOrderId = UUID.randomUUID().toString();
                stopLoss.symbol = order.symbol;
                stopLoss.side = order.side;
                stopLoss.qty = order.qty;
                stopLoss.orderClass = "oco";
                stopLoss.stop = body.path("stop_loss").path("stop_price").asString();
                JsonNode stopLimit = body.path("stop_loss").path("limit_price");
                stopLoss.limit = stopLimit.isMissingNode() ? null : stopLimit.asString();
                stopLoss.type = stopLoss.limit == null ? "stop" : "stop_limit";
                order.leg = stopLoss;
                order.ocoSibling = stopLoss;
                stopLoss.ocoSibling = order;
                byClientId.put(stopLoss.clientOrderId, stopLoss);
            }
            byClientId.put(clientOrderId, order);
            String answer = order.json();
            fillIfMarketable(order);
            return ok(answer);
        }
        if (method.equals("GET") && path.equals("/v2/orders:by_client_order_id")) {
            FakeOrder order = byClientId.get(request.queryParameter("client_order_id").firstValue());
            return order == null ? error(404, 40410000, "order not found") : ok(order.json());
        }
        if (method.equals("GET") && path.equals("/v2/orders")) {
            List<String> open = new ArrayList<>();
            byClientId.values().stream().filter(FakeOrder::open).forEach(o -> open.add(o.json()));
            return ok("[" + String.join(",", open) + "]");
        }
        if (method.equals("GET") && path.equals("/v2/positions")) {
            List<String> list = new ArrayList<>();
            positions.forEach((symbol, p) -> {
                BigDecimal[] qtyAndCost = p.get("all");
                if (qtyAndCost[0].signum() != 0) {
                    BigDecimal avg = qtyAndCost[1].divide(qtyAndCost[0].abs(), 8, java.math.RoundingMode.HALF_EVEN)
                            .stripTrailingZeros();
                    list.add("{\"symbol\":\"%s\",\"qty\":\"%s\",\"side\":\"%s\",\"avg_entry_price\":\"%s\"}".formatted(
                            symbol, qtyAndCost[0].abs().toPlainString(), qtyAndCost[0].signum() > 0 ? "long" : "short",
                            avg.toPlainString()));
                }
            });
            return ok("[" + String.join(",", list) + "]");
        }
        if (path.startsWith("/v2/orders/")) {
            String id = path.substring("/v2/orders/".length());
            FakeOrder order = byClientId.values().stream().filter(o -> o.id.equals(id)).findFirst().orElse(null);
            if (order == null) {
                return error(404, 40410000, "order not found");
            }
            if (method.equals("GET")) {
                return ok(order.json());
            }
            if (!order.open()) {
                return error(422, 42210000, "order is already in \"" + order.status + "\" state");
            }
            if (method.equals("DELETE")) {
                order.status = "canceled";
                stream.broadcast(AlpacaOrders.tradeUpdate("canceled", null, null, null, null, order.json()), true);
                cancelSibling(order);
                return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(204).build();
            }
            if (method.equals("PATCH")) {
                JsonNode body = json.readTree(request.getBodyAsString());
                FakeOrder next = new FakeOrder();
                next.clientOrderId = body.path("client_order_id").asString();
                next.symbol = order.symbol;
                next.side = order.side;
                next.type = order.type;
                next.qty = body.path("qty").isMissingNode() ? order.qty : body.path("qty").asString();
                next.limit = body.path("limit_price").isMissingNode() ? order.limit : body.path("limit_price").asString();
                next.replaces = order.id;
                next.stop = body.path("stop_price").isMissingNode() ? order.stop : body.path("stop_price").asString();
                next.orderClass = order.orderClass;
                if (order.ocoSibling != null) {
                    next.ocoSibling = order.ocoSibling;
                    order.ocoSibling.ocoSibling = next;
                }
                order.status = "replaced";
                order.replacedBy = next.id;
                byClientId.put(next.clientOrderId, next);
                stream.broadcast(AlpacaOrders.tradeUpdate("replaced", null, null, null, null, order.json()), true);
                String answer = next.json();
                fillIfMarketable(next);
                return ok(answer);
            }
        }
        return error(404, 40410000, "endpoint not found");
    }

    private void fillIfMarketable(FakeOrder order) {
        boolean buy = order.side.equals("buy");
        BigDecimal touch = buy ? ask : bid;
        boolean marketable = order.type.equals("market") || (order.limit != null
                && (buy ? new BigDecimal(order.limit).compareTo(touch) >= 0 : new BigDecimal(order.limit).compareTo(touch) <= 0));
        if (!marketable) {
            return;
        }
        fill(order, touch);
    }

    /** Fills the whole order at {@code price}, pushes the {@code fill} event and cancels an oco sibling. */
    private void fill(FakeOrder order, BigDecimal price) {
        boolean buy = order.side.equals("buy");
        BigDecimal touch = price;
        order.status = "filled";
        order.filledQty = order.qty;
        order.avg = touch.toPlainString();
        BigDecimal signed = buy ? new BigDecimal(order.qty) : new BigDecimal(order.qty).negate();
        BigDecimal[] p = positions.computeIfAbsent(order.symbol, s -> new LinkedHashMap<>())
                .computeIfAbsent("all", k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        p[0] = p[0].add(signed);
        p[1] = p[1].add(touch.multiply(new BigDecimal(order.qty)));
        stream.broadcast(AlpacaOrders.tradeUpdate("fill", UUID.randomUUID().toString(), touch.toPlainString(),
                order.qty, p[0].toPlainString(), order.json()), true);
        cancelSibling(order);
    }

    /** One order of an oco pair ended: Alpaca cancels the other. */
    private void cancelSibling(FakeOrder order) {
        FakeOrder sibling = order.ocoSibling;
        if (sibling != null && sibling.open()) {
            sibling.status = "canceled";
            stream.broadcast(AlpacaOrders.tradeUpdate("canceled", null, null, null, null, sibling.json()), true);
        }
    }

    private static ResponseDefinition ok(String body) {
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body).build();
    }

    private static ResponseDefinition error(int status, int code, String message) {
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"" + message.replace("\"", "\\\"") + "\"}").build();
    }
}
