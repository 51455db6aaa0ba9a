/**
 * Execution algorithms as pure schedulers: a parent order is worked as child orders. {@link
 * io.tradingsuite.core.algo.ExecutionAlgorithm#next} looks at the parent's {@link io.tradingsuite.core.algo.AlgoProgress}
 * and the time (and, for POV, the observed volume) and answers the next {@link io.tradingsuite.core.algo.ScheduleStep}:
 * how far the schedule advanced and the exact quantity of the child to release (zero for none). Quantities are exact;
 * the last slice takes the remainder, so the children sum exactly to the parent. No Spring, no I/O.
 */
package io.tradingsuite.core.algo;
