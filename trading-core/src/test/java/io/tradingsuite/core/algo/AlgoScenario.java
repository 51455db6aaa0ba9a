package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Drives an algorithm like the service does: asks for the next step, releases it, optionally fills open children. */
final class AlgoScenario {

    static final Instant T0 = Instant.parse("2026-03-02T14:30:00Z"); // Monday 09:30 New York

    private final ExecutionAlgorithm algorithm;
    private AlgoProgress progress;
    final List<Quantity> children = new ArrayList<>();

    AlgoScenario(ExecutionAlgorithm algorithm, Quantity parent) {
        this.algorithm = algorithm;
        this.progress = AlgoProgress.start(parent, T0);
    }

    /** Asks at {@code now}; records and returns the released child quantity (ZERO when none). */
    Quantity at(Instant now) {
        var step = algorithm.next(progress, now);
        if (step.isEmpty()) {
            return Quantity.ZERO;
        }
        progress = progress.after(step.get());
        if (step.get().hasChild()) {
            children.add(step.get().childQuantity());
        }
        return step.get().childQuantity();
    }

    /** The market traded {@code volume} since the last child. */
    AlgoScenario traded(long volume) {
        progress = new AlgoProgress(progress.parentQuantity(), progress.released(), progress.openChildQuantity(),
                progress.slicesDone(), progress.startedAt(), progress.volumeSinceLastSlice() + volume);
        return this;
    }

    /** Every open child filled. */
    AlgoScenario openChildrenFilled() {
        progress = new AlgoProgress(progress.parentQuantity(), progress.released(), Quantity.ZERO,
                progress.slicesDone(), progress.startedAt(), progress.volumeSinceLastSlice());
        return this;
    }

    AlgoProgress progress() {
        return progress;
    }

    Quantity released() {
        return progress.released();
    }
}
