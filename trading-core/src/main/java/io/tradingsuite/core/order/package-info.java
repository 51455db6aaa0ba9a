/**
 * The order aggregate and its one state machine, shared by the execution service and backtests.
 *
 * <p>An {@link io.tradingsuite.core.order.Order} changes only through
 * {@link io.tradingsuite.core.order.Order#apply(OrderUpdate)}: every {@link io.tradingsuite.core.order.OrderUpdate}
 * (risk's decision, the venue's acceptance, rejection, a {@link io.tradingsuite.core.order.Fill}, a cancel or an
 * expiry) is looked up in one exhaustive {@code (status, update) -> status} table; anything not in the table throws
 * {@link io.tradingsuite.core.order.InvalidOrderTransition}. Each successful update returns the
 * {@link io.tradingsuite.core.order.OrderDomainEvent} that happened; persisting and publishing it is the adapter's
 * job.
 *
 * <p>Invariants: the filled quantity never exceeds the order quantity; terminal statuses (filled, canceled, expired,
 * rejected, denied) are final; the filled notional is exact and only the average fill price is rounded (half-even to
 * {@value io.tradingsuite.core.order.Order#AVERAGE_PRICE_SCALE} decimals).
 */
package io.tradingsuite.core.order;
