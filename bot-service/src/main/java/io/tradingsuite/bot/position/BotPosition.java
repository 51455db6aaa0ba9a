package io.tradingsuite.bot.position;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.portfolio.Position;
import io.tradingsuite.core.portfolio.PositionChange;
import java.util.Objects;

/**
 * One bot's holding of one symbol with its trading record: the average-cost {@link Position} of trading-core (the
 * same accounting as the portfolio ledger, exact) plus the closed round trips. A round trip runs from flat to flat;
 * its P&amp;L is everything realised on the way (partial reductions included); a fill that crosses zero closes one
 * round trip and opens the next at the fill price. A round trip wins when its P&amp;L is positive.
 *
 * @param bot               the bot
 * @param position          quantity, exact cost basis and realised P&amp;L of the symbol
 * @param openTripPnl       P&amp;L realised so far by the round trip still open (zero when flat)
 * @param roundTrips        closed round trips
 * @param winningRoundTrips closed round trips with positive P&amp;L
 */
public record BotPosition(BotId bot, Position position, Money openTripPnl, long roundTrips, long winningRoundTrips) {

    public BotPosition {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(openTripPnl, "openTripPnl");
        if (roundTrips < 0 || winningRoundTrips < 0 || winningRoundTrips > roundTrips) {
            throw new IllegalArgumentException("round trips " + winningRoundTrips + " won of " + roundTrips);
        }
    }

    /** A symbol the bot has never traded. */
    public static BotPosition flat(BotId bot, Symbol symbol) {
        return new BotPosition(bot, Position.flat(symbol), Money.ZERO, 0, 0);
    }

    public Symbol symbol() {
        return position.symbol();
    }

    public Quantity quantity() {
        return position.quantity();
    }

    /** Applies one of the bot's fills. */
    public BotPosition apply(Side side, Quantity quantity, Price price) {
        PositionChange change = position.apply(side, quantity, price);
        Money tripPnl = openTripPnl.plus(change.realizedPnl());
        return switch (change.kind()) {
            case CLOSED, FLIPPED -> new BotPosition(bot, change.after(), Money.ZERO, roundTrips + 1,
                    winningRoundTrips + (tripPnl.isPositive() ? 1 : 0));
            case OPENED, INCREASED, REDUCED -> new BotPosition(bot, change.after(), tripPnl, roundTrips, winningRoundTrips);
        };
    }
}
