package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Iceberg: only {@code displayQuantity} works at a time. When no child is open (the displayed one filled or ended),
 * the next child of {@code min(displayQuantity, unreleased)} is released: 250 shown 100 at a time → 100, 100, 50.
 */
public record Iceberg(Quantity displayQuantity) implements ExecutionAlgorithm {

    public Iceberg {
        Objects.requireNonNull(displayQuantity, "displayQuantity");
        if (!displayQuantity.isPositive()) {
            throw new IllegalArgumentException("display quantity must be positive");
        }
    }

    @Override
    public Optional<ScheduleStep> next(AlgoProgress progress, Instant now) {
        if (progress.fullyReleased() || progress.openChildQuantity().isPositive()) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleStep(progress.slicesDone() + 1, displayQuantity.min(progress.unreleased())));
    }
}
