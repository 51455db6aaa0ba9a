package io.tradingsuite.execution.web;

import io.tradingsuite.common.types.OrderId;

/**
 * One entry of the 207 answer of {@code DELETE /api/orders} (Alpaca's shape): the order id, the HTTP status of its
 * cancel (200 canceled, 422 not cancelable) and the order as it stands.
 */
public record CancelStatus(OrderId id, int status, OrderResponse body) {
}
