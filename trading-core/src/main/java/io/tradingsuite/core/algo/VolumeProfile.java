package io.tradingsuite.core.algo;

import java.math.BigDecimal;
import java.time.Instant;

/** Relative expected market volume of a time interval (any positive scale; only ratios matter). */
@FunctionalInterface
public interface VolumeProfile {

    /** The relative volume expected in {@code [from, to)}; positive. */
    BigDecimal weight(Instant from, Instant to);

    /** Every interval weighs the same per second (VWAP then behaves like TWAP). */
    static VolumeProfile flat() {
        return (from, to) -> BigDecimal.ONE;
    }
}
