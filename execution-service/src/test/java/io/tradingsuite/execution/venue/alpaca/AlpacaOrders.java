package io.tradingsuite.execution.venue.alpaca;

/** Alpaca order, position and event JSON as the Trading API v2 documents it (decimals as strings, snake_case). */
public final class AlpacaOrders {

    private AlpacaOrders() {
    }

    public static String order(String id, String clientOrderId, String symbol, String side, String type, String qty,
            String limitPrice, String status, String filledQty, String filledAvgPrice, String replacedBy,
            String replaces) {
        return order(id, clientOrderId, symbol, side, type, qty, limitPrice, null, status, filledQty, filledAvgPrice,
                replacedBy, replaces, "", null);
    }

    /** An order with a stop price, an order class ({@code ""} for simple) and its legs (a JSON array, or null). */
    public static String order(String id, String clientOrderId, String symbol, String side, String type, String qty,
            String limitPrice, String stopPrice, String status, String filledQty, String filledAvgPrice,
            String replacedBy, String replaces, String orderClass, String legsJson) {
        return """
                {"id":"%s","client_order_id":"%s","created_at":"2026-12-02T14:30:00.123456Z",
                 "updated_at":"2026-12-02T14:30:00.123456Z","submitted_at":"2026-12-02T14:30:00.123456Z",
                 "filled_at":null,"expired_at":null,"canceled_at":null,"failed_at":null,
                 "replaced_at":null,"replaced_by":%s,"replaces":%s,
                 "asset_id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","symbol":"%s","asset_class":"us_equity",
                 "notional":null,"qty":"%s","filled_qty":"%s","filled_avg_price":%s,"order_class":"%s",
                 "order_type":"%s","type":"%s","side":"%s","time_in_force":"day","limit_price":%s,"stop_price":%s,
                 "status":"%s","extended_hours":false,"legs":%s,"trail_percent":null,"trail_price":null,"hwm":null}
                """.formatted(id, clientOrderId, quoted(replacedBy), quoted(replaces), symbol, qty, filledQty,
                quoted(filledAvgPrice), orderClass, type, type, side, quoted(limitPrice), quoted(stopPrice), status,
                legsJson == null ? "null" : legsJson);
    }

    public static String newLimitBuy(String id, String clientOrderId, String qty, String limit) {
        return order(id, clientOrderId, "AAPL", "buy", "limit", qty, limit, "new", "0", null, null, null);
    }

    public static String tradeUpdate(String event, String executionId, String price, String qty, String positionQty,
            String orderJson) {
        String fillFields = executionId == null ? "" : """
                "execution_id":"%s","price":"%s","qty":"%s","position_qty":"%s",""".formatted(executionId, price, qty,
                positionQty);
        return """
                {"stream":"trade_updates","data":{"event":"%s",%s"timestamp":"2026-12-02T14:30:01.000000Z",
                 "order":%s}}""".formatted(event, fillFields, orderJson.strip());
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
