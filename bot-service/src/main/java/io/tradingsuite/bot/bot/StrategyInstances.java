package io.tradingsuite.bot.bot;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.core.strategy.Strategies;
import io.tradingsuite.core.strategy.Strategy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The live strategy object of each bot, created on first use and kept while the service runs, so that indicator
 * state survives stop/start. State is in memory: after a restart a strategy warms up again from new bars.
 */
@Component
public class StrategyInstances {

    private final Map<BotId, Strategy> strategies = new ConcurrentHashMap<>();

    /** The bot's strategy instance; throws IllegalArgumentException if its strategy or parameters are invalid. */
    public Strategy of(Bot bot) {
        return strategies.computeIfAbsent(bot.id(), id -> Strategies.create(bot.strategy(), bot.params()));
    }
}
