package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Time-weighted average price: {@code slices} equal slices, the first at the start, then every
 * {@code duration / slices}. Slice k brings the released total to {@code floor(parent x k / slices)} (in the parent's
 * unit), the last slice to the parent; a late scheduler catches up in one child. 100 over 5 slices: 20, 20, 20, 20, 20;
 * 7 over 3: 2, 2, 3.
 */
public record Twap(Duration duration, int slices) implements ExecutionAlgorithm {

    public Twap {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero() || slices < 1) {
            throw new IllegalArgumentException("twap needs a positive duration and at least one slice");
        }
    }

    @Override
    public Optional<ScheduleStep> next(AlgoProgress progress, Instant now) {
        int due = ExecutionAlgorithm.lastDueSlice(progress.startedAt(), duration, slices, progress.slicesDone(), now);
        if (due == progress.slicesDone()) {
            return Optional.empty();
        }
        Quantity target = Slicing.share(progress.parentQuantity(), BigDecimal.valueOf(due), BigDecimal.valueOf(slices));
        Quantity child = target.compareTo(progress.released()) > 0 ? target.minus(progress.released()) : Quantity.ZERO;
        return Optional.of(new ScheduleStep(due, child));
    }
}
