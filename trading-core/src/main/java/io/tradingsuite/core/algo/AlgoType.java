package io.tradingsuite.core.algo;

import java.util.Locale;

/** The execution algorithms, with their lower-case wire names. */
public enum AlgoType {
    /** Equal slices at equal intervals over a duration. */
    TWAP("twap"),
    /** Slices at equal intervals, sized by an intraday volume profile. */
    VWAP("vwap"),
    /** Percentage of volume: each child is the target participation times the volume seen since the last child. */
    POV("pov"),
    /** Shows only a display quantity; a new child is released when the displayed one is done. */
    ICEBERG("iceberg");

    private final String wire;

    AlgoType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Parses a wire name case-insensitively; throws {@link IllegalArgumentException} for anything else. */
    public static AlgoType fromWire(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (AlgoType type : values()) {
                if (type.wire.equals(wanted)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + text + "'");
    }

    @Override
    public String toString() {
        return wire;
    }
}
