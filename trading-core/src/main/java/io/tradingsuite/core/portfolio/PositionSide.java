package io.tradingsuite.core.portfolio;

/** Direction of an open position. REST: the lower-case wire name, as Alpaca does. */
public enum PositionSide {
    LONG("long"),
    SHORT("short");

    private final String wire;

    PositionSide(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
