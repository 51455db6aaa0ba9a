package io.tradingsuite.core.portfolio;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;

/**
 * What one fill did to a position.
 *
 * @param before         the position before the fill
 * @param after          the position after the fill
 * @param closedQuantity quantity that reduced the existing position (zero when the fill only added)
 * @param openedQuantity quantity that increased the position or opened it on a (new) side
 * @param costRemoved    exact signed cost basis removed by the closing part
 * @param realizedPnl    P&amp;L realised by the closing part: proceeds minus cost removed
 */
public record PositionChange(
        Position before,
        Position after,
        Quantity closedQuantity,
        Quantity openedQuantity,
        Money costRemoved,
        Money realizedPnl) {

    /** Classifies the change. */
    public Kind kind() {
        if (closedQuantity.isZero()) {
            return before.isFlat() ? Kind.OPENED : Kind.INCREASED;
        }
        if (openedQuantity.isPositive()) {
            return Kind.FLIPPED;
        }
        return after.isFlat() ? Kind.CLOSED : Kind.REDUCED;
    }

    /** Kinds of position change, for logs, metrics and tests. */
    public enum Kind {
        OPENED, INCREASED, REDUCED, CLOSED, FLIPPED
    }
}
