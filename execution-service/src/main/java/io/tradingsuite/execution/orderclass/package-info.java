/**
 * Order classes (bracket, oco, oto): placing a group ({@link io.tradingsuite.execution.orderclass.OrderClassEntry}),
 * applying trading-core's contingency rules in the transaction of every change of a group's order
 * ({@link io.tradingsuite.execution.orderclass.ContingentOrders}), and the group columns of {@code orders}
 * ({@link io.tradingsuite.execution.orderclass.OrderGroupRepository}).
 */
package io.tradingsuite.execution.orderclass;
