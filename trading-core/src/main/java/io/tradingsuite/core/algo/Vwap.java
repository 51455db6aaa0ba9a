package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Volume-weighted average price: slices at the same times as {@link Twap}, but slice k's share of the parent is the
 * {@link VolumeProfile} weight of its interval {@code [start + (k-1)d/n, start + kd/n)} over the total weight. Slice k
 * brings the released total to {@code floor(parent x cumulativeWeight(k) / totalWeight)}, the last slice to the parent.
 */
public record Vwap(Duration duration, int slices, VolumeProfile profile) implements ExecutionAlgorithm {

    public Vwap {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(profile, "profile");
        if (duration.isNegative() || duration.isZero() || slices < 1) {
            throw new IllegalArgumentException("vwap needs a positive duration and at least one slice");
        }
    }

    @Override
    public Optional<ScheduleStep> next(AlgoProgress progress, Instant now) {
        int due = ExecutionAlgorithm.lastDueSlice(progress.startedAt(), duration, slices, progress.slicesDone(), now);
        if (due == progress.slicesDone()) {
            return Optional.empty();
        }
        BigDecimal upToDue = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 1; k <= slices; k++) {
            BigDecimal w = sliceWeight(progress.startedAt(), k);
            total = total.add(w);
            if (k <= due) {
                upToDue = upToDue.add(w);
            }
        }
        Quantity target = due == slices ? progress.parentQuantity()
                : Slicing.share(progress.parentQuantity(), upToDue, total);
        Quantity child = target.compareTo(progress.released()) > 0 ? target.minus(progress.released()) : Quantity.ZERO;
        return Optional.of(new ScheduleStep(due, child));
    }

    /** The profile weight of slice {@code k} (1-based) of a schedule starting at {@code start}. */
    public BigDecimal sliceWeight(Instant start, int k) {
        Instant from = ExecutionAlgorithm.sliceDueAt(start, duration, slices, k);
        Instant to = k == slices ? start.plus(duration) : ExecutionAlgorithm.sliceDueAt(start, duration, slices, k + 1);
        BigDecimal w = profile.weight(from, to);
        if (w == null || w.signum() <= 0) {
            throw new IllegalStateException("volume profile weight must be positive, was " + w);
        }
        return w;
    }
}
