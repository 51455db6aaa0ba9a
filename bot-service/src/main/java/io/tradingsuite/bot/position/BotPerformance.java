package io.tradingsuite.bot.position;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A bot's trading record over all its symbols: realised P&amp;L (exact) and hit rate, the share of closed round
 * trips that made money.
 *
 * @param bot               the bot
 * @param realizedPnl       P&amp;L realised by the bot's own fills, exact
 * @param roundTrips        closed round trips (flat to flat, per symbol)
 * @param winningRoundTrips closed round trips with positive P&amp;L
 */
public record BotPerformance(BotId bot, Money realizedPnl, long roundTrips, long winningRoundTrips) {

    /** Decimals of {@link #hitRate()}. */
    public static final int HIT_RATE_SCALE = 4;

    public BotPerformance {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        if (roundTrips < 0 || winningRoundTrips < 0 || winningRoundTrips > roundTrips) {
            throw new IllegalArgumentException("round trips " + winningRoundTrips + " won of " + roundTrips);
        }
    }

    /** A bot without fills. */
    public static BotPerformance none(BotId bot) {
        return new BotPerformance(bot, Money.ZERO, 0, 0);
    }

    /** Sums the bot's positions. */
    public static BotPerformance of(BotId bot, Collection<BotPosition> positions) {
        Money realized = Money.ZERO;
        long trips = 0;
        long wins = 0;
        for (BotPosition p : positions) {
            if (!p.bot().equals(bot)) {
                throw new IllegalArgumentException("position of " + p.bot() + " in the performance of " + bot);
            }
            realized = realized.plus(p.position().realizedPnl());
            trips += p.roundTrips();
            wins += p.winningRoundTrips();
        }
        return new BotPerformance(bot, realized, trips, wins);
    }

    /**
     * Winning / closed round trips, rounded half-even to {@value #HIT_RATE_SCALE} decimals; empty before the first
     * round trip closed.
     */
    public Optional<BigDecimal> hitRate() {
        if (roundTrips == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(winningRoundTrips)
                .divide(BigDecimal.valueOf(roundTrips), HIT_RATE_SCALE, RoundingMode.HALF_EVEN));
    }
}
