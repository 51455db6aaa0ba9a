package io.tradingsuite.bot.web;

import io.tradingsuite.bot.position.BotPerformance;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Money;
import java.math.BigDecimal;

/**
 * A bot's trading record: exact realised P&amp;L, closed round trips and hit rate (winning / closed round trips, four
 * decimals; null before the first round trip closed).
 */
public record BotPerformanceResponse(BotId botId, Money realizedPnl, long roundTrips, long winningRoundTrips,
                                     String hitRate) {

    static BotPerformanceResponse of(BotPerformance p) {
        return new BotPerformanceResponse(p.bot(), p.realizedPnl(), p.roundTrips(), p.winningRoundTrips(),
                p.hitRate().map(BigDecimal::toPlainString).orElse(null));
    }
}
