package io.tradingsuite.core.algo;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduler of child orders for one parent. {@link #next} is pure: given the parent's progress and the current time
 * it answers the step to take now, or empty when nothing is due. Children never sum to more than the parent, and once
 * the schedule is complete they sum to exactly the parent (the last slice takes the remainder).
 */
public sealed interface ExecutionAlgorithm permits Twap, Vwap, Pov, Iceberg {

    /** The step due at {@code now}, or empty when nothing is due (or everything was released). */
    Optional<ScheduleStep> next(AlgoProgress progress, Instant now);

    /** The algorithm for {@code parameters}; VWAP slices are weighted by {@code profile}. */
    static ExecutionAlgorithm of(AlgoParameters parameters, VolumeProfile profile) {
        Objects.requireNonNull(parameters, "parameters");
        return switch (parameters.type()) {
            case TWAP -> new Twap(parameters.duration(), parameters.slices());
            case VWAP -> new Vwap(parameters.duration(), parameters.slices(), profile);
            case POV -> new Pov(parameters.participation());
            case ICEBERG -> new Iceberg(parameters.displayQuantity());
        };
    }

    /**
     * The last schedule point due at {@code now} of {@code slices} equally spaced points over {@code duration} from
     * {@code start} (point k, 1-based, at {@code start + duration x (k-1) / slices}); {@code slicesDone} if none is
     * newly due.
     */
    static int lastDueSlice(Instant start, Duration duration, int slices, int slicesDone, Instant now) {
        int last = slicesDone;
        for (int k = slicesDone + 1; k <= slices; k++) {
            Instant due = start.plus(duration.multipliedBy(k - 1).dividedBy(slices));
            if (due.isAfter(now)) {
                break;
            }
            last = k;
        }
        return last;
    }

    /** When schedule point {@code k} (1-based) of an equally spaced schedule is due. */
    static Instant sliceDueAt(Instant start, Duration duration, int slices, int k) {
        return start.plus(duration.multipliedBy(k - 1).dividedBy(slices));
    }
}
