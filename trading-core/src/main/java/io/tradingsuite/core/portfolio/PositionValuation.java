package io.tradingsuite.core.portfolio;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;

/**
 * An open position valued at a mark.
 *
 * @param position      the position
 * @param mark          the price used: the latest quote's last price, else the position's last fill price
 * @param marketValue   signed {@code quantity x mark}, exact
 * @param unrealizedPnl {@code marketValue - costBasis}, exact
 */
public record PositionValuation(Position position, Price mark, Money marketValue, Money unrealizedPnl) {

    static PositionValuation of(Position position, MarkSource marks) {
        Price mark = marks.markOf(position.symbol())
                .or(position::lastFillPrice)
                .orElseThrow(() -> new IllegalStateException("open position " + position.symbol() + " has no mark"));
        return new PositionValuation(position, mark, position.marketValue(mark), position.unrealizedPnl(mark));
    }
}
