package io.tradingsuite.portfolio.web;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.portfolio.Position;
import io.tradingsuite.core.portfolio.PositionValuation;

/**
 * One open position, named like Alpaca's position object; decimals are strings.
 *
 * @param symbol        the instrument
 * @param qty           signed quantity (negative = short)
 * @param avgEntryPrice {@code costBasis / qty}, rounded half-even to 10 decimals (display only)
 * @param costBasis     exact signed cost of the open quantity
 * @param marketPrice   mark: last quote price, else last fill price
 * @param marketValue   signed {@code qty x marketPrice}
 * @param unrealizedPl  {@code marketValue - costBasis}
 * @param realizedPl    P&amp;L realised on this symbol so far
 * @param side          {@code long} or {@code short}
 */
public record PositionResponse(
        Symbol symbol,
        Quantity qty,
        String avgEntryPrice,
        Money costBasis,
        Price marketPrice,
        Money marketValue,
        Money unrealizedPl,
        Money realizedPl,
        String side) {

    static PositionResponse of(PositionValuation valued) {
        Position position = valued.position();
        return new PositionResponse(position.symbol(), position.quantity(),
                position.averageEntryPrice().orElseThrow().toPlainString(), position.costBasis(), valued.mark(),
                valued.marketValue(), valued.unrealizedPnl(), position.realizedPnl(),
                position.side().orElseThrow().wire());
    }
}
