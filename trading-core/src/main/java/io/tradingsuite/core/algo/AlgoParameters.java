package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How a parent order is worked. Which fields are needed depends on the type: TWAP and VWAP need {@code duration} and
 * {@code slices}; POV needs {@code participation} in (0, 1]; ICEBERG needs a positive {@code displayQuantity}. Fields a
 * type does not use may be null.
 */
public record AlgoParameters(AlgoType type, Duration duration, Integer slices, BigDecimal participation,
        Quantity displayQuantity) {

    /** Most slices a TWAP/VWAP schedule may have. */
    public static final int MAX_SLICES = 1_000;

    public AlgoParameters {
        Objects.requireNonNull(type, "type");
        switch (type) {
            case TWAP, VWAP -> {
                if (duration == null || duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException(type + " needs a positive duration");
                }
                if (slices == null || slices < 1 || slices > MAX_SLICES) {
                    throw new IllegalArgumentException(type + " needs 1.." + MAX_SLICES + " slices");
                }
            }
            case POV -> {
                if (participation == null || participation.signum() <= 0 || participation.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("pov needs a participation in (0, 1]");
                }
            }
            case ICEBERG -> {
                if (displayQuantity == null || !displayQuantity.isPositive()) {
                    throw new IllegalArgumentException("iceberg needs a positive display quantity");
                }
            }
        }
    }

    public static AlgoParameters twap(Duration duration, int slices) {
        return new AlgoParameters(AlgoType.TWAP, duration, slices, null, null);
    }

    public static AlgoParameters vwap(Duration duration, int slices) {
        return new AlgoParameters(AlgoType.VWAP, duration, slices, null, null);
    }

    public static AlgoParameters pov(BigDecimal participation) {
        return new AlgoParameters(AlgoType.POV, null, null, participation, null);
    }

    public static AlgoParameters iceberg(Quantity displayQuantity) {
        return new AlgoParameters(AlgoType.ICEBERG, null, null, null, displayQuantity);
    }
}
