package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a parent order stands, as the scheduler needs it.
 *
 * @param parentQuantity        the parent's quantity
 * @param released              sum of the quantities of all children released so far
 * @param openChildQuantity     quantity of released children that is neither filled nor ended (still working)
 * @param slicesDone            the schedule's slice counter (TWAP/VWAP: schedule points passed; POV/ICEBERG: children)
 * @param startedAt             when the parent was created (the schedule's origin)
 * @param volumeSinceLastSlice  market volume observed since the last child (POV)
 */
public record AlgoProgress(Quantity parentQuantity, Quantity released, Quantity openChildQuantity, int slicesDone,
        Instant startedAt, long volumeSinceLastSlice) {

    public AlgoProgress {
        Objects.requireNonNull(parentQuantity, "parentQuantity");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(openChildQuantity, "openChildQuantity");
        Objects.requireNonNull(startedAt, "startedAt");
        if (!parentQuantity.isPositive()) {
            throw new IllegalArgumentException("parent quantity must be positive");
        }
        if (released.isNegative() || released.compareTo(parentQuantity) > 0) {
            throw new IllegalArgumentException("released " + released + " outside [0, " + parentQuantity + "]");
        }
        if (slicesDone < 0 || volumeSinceLastSlice < 0) {
            throw new IllegalArgumentException("slicesDone and volume must not be negative");
        }
    }

    /** A parent nothing has been released for yet. */
    public static AlgoProgress start(Quantity parentQuantity, Instant startedAt) {
        return new AlgoProgress(parentQuantity, Quantity.ZERO, Quantity.ZERO, 0, startedAt, 0);
    }

    /** Quantity not yet released to any child. */
    public Quantity unreleased() {
        return parentQuantity.minus(released);
    }

    /** True when the children released so far sum to the parent. */
    public boolean fullyReleased() {
        return released.compareTo(parentQuantity) == 0;
    }

    /** The progress after releasing {@code step} (its child is counted as released and open). */
    public AlgoProgress after(ScheduleStep step) {
        return new AlgoProgress(parentQuantity, released.plus(step.childQuantity()),
                openChildQuantity.plus(step.childQuantity()), step.slicesDone(), startedAt, step.hasChild() ? 0
                        : volumeSinceLastSlice);
    }
}
