package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.util.Objects;

/**
 * The scheduler's answer: the slice counter after this step and the quantity of the child to release now (zero when
 * the step only advances the schedule, e.g. a TWAP slice that rounds to nothing).
 */
public record ScheduleStep(int slicesDone, Quantity childQuantity) {

    public ScheduleStep {
        Objects.requireNonNull(childQuantity, "childQuantity");
        if (childQuantity.isNegative()) {
            throw new IllegalArgumentException("child quantity must not be negative");
        }
    }

    public boolean hasChild() {
        return childQuantity.isPositive();
    }
}
