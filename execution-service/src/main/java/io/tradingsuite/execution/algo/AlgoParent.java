package io.tradingsuite.execution.algo;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.algo.AlgoParameters;
import io.tradingsuite.core.algo.AlgoProgress;
import io.tradingsuite.core.algo.ScheduleStep;
import java.time.Instant;

/**
 * A parent's algorithm row: parameters, arrival price (mid at creation, null without a quote) and progress.
 *
 * @param releasedQuantity  sum of the children released so far
 * @param openChildQuantity quantity of released children neither filled nor ended
 * @param childCount        number of the last child released (child n has client order id {@code <parentId>-n}); equal to
 *                          the children released unless a number whose client order id was taken had to be skipped
 * @param volumeMark        the symbol's cumulative observed volume when the last child was released (POV)
 * @param stopReason        why the parent is being stopped (owner cancel, a child ended), null while it runs
 */
public record AlgoParent(OrderId orderId, AlgoParameters parameters, Price arrivalPrice, Instant startedAt,
        int slicesDone, Quantity releasedQuantity, Quantity openChildQuantity, int childCount, long volumeMark,
        String stopReason) {

    /** The scheduler's view, with the volume observed since the last child. */
    public AlgoProgress progress(Quantity parentQuantity, long cumulativeVolume) {
        return new AlgoProgress(parentQuantity, releasedQuantity, openChildQuantity, slicesDone, startedAt,
                Math.max(0, cumulativeVolume - volumeMark));
    }

    /** After releasing {@code step} (child number {@code childNumber}, if it has a child) at cumulative volume {@code volume}. */
    public AlgoParent released(ScheduleStep step, int childNumber, long volume) {
        if (!step.hasChild()) {
            return new AlgoParent(orderId, parameters, arrivalPrice, startedAt, step.slicesDone(), releasedQuantity,
                    openChildQuantity, childCount, volumeMark, stopReason);
        }
        return new AlgoParent(orderId, parameters, arrivalPrice, startedAt, step.slicesDone(),
                releasedQuantity.plus(step.childQuantity()), openChildQuantity.plus(step.childQuantity()),
                childNumber, volume, stopReason);
    }

    /** After {@code quantity} of an open child filled or ended. */
    public AlgoParent childClosed(Quantity quantity) {
        Quantity open = openChildQuantity.minus(quantity);
        return new AlgoParent(orderId, parameters, arrivalPrice, startedAt, slicesDone, releasedQuantity,
                open.isNegative() ? Quantity.ZERO : open, childCount, volumeMark, stopReason);
    }

    /** With the POV volume mark moved to {@code volume}. */
    public AlgoParent markedAt(long volume) {
        return new AlgoParent(orderId, parameters, arrivalPrice, startedAt, slicesDone, releasedQuantity,
                openChildQuantity, childCount, volume, stopReason);
    }

    /** Being stopped for {@code reason} (the first reason wins). */
    public AlgoParent stopping(String reason) {
        return new AlgoParent(orderId, parameters, arrivalPrice, startedAt, slicesDone, releasedQuantity,
                openChildQuantity, childCount, volumeMark, stopReason == null ? reason : stopReason);
    }
}
