package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Percentage of volume: whenever asked, releases {@code floor(participation x volumeSinceLastSlice)} (in the parent's
 * unit), capped by what is not yet released; nothing while that rounds to zero (the volume keeps accumulating).
 * 10% of 1,234 shares traded → a child of 123.
 */
public record Pov(BigDecimal participation) implements ExecutionAlgorithm {

    public Pov {
        Objects.requireNonNull(participation, "participation");
        if (participation.signum() <= 0 || participation.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("participation must be in (0, 1], was " + participation);
        }
    }

    @Override
    public Optional<ScheduleStep> next(AlgoProgress progress, Instant now) {
        if (progress.fullyReleased() || progress.volumeSinceLastSlice() == 0) {
            return Optional.empty();
        }
        Quantity wanted = Slicing.floorToUnit(participation.multiply(BigDecimal.valueOf(progress.volumeSinceLastSlice())),
                progress.parentQuantity());
        Quantity child = wanted.min(progress.unreleased());
        if (!child.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleStep(progress.slicesDone() + 1, child));
    }
}
