/**
 * Execution algorithms (TWAP, VWAP, POV, iceberg): parent orders worked as child orders. {@code AlgoEntry} records a
 * parent, {@code AlgoScheduler} releases children on schedule (each one a normal order asked of risk through the
 * outbox), {@code ParentProgress} folds the children's fills and endings into the parent, {@code AlgoCancellation}
 * cancels a parent with its open children. The schedules themselves are pure ({@code io.tradingsuite.core.algo}).
 */
package io.tradingsuite.execution.algo;
