/**
 * Order management: recording requested orders, applying risk's decisions (including the settlement of replaces),
 * cancels (owner, cancel-all, kill switch), replaces, day-order expiry, the order store and the registry of REST
 * requests waiting for a decision. State changes go through the {@link io.tradingsuite.core.order.Order}
 * aggregate of trading-core; every change and the events announcing it are committed together (outbox).
 */
package io.tradingsuite.execution.order;
