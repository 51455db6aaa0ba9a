package io.tradingsuite.bot.bot;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.bot.config.BotProperties;
import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.strategy.Strategies;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Bot lifecycle: creates the configured default bots at first start, lists them, starts and stops them, and
 * exposes gauge {@code ts.bot.status{bot}} (1 running, 0 stopped).
 */
@Service
public class BotService implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BotService.class);

    private final BotRepository bots;
    private final BotProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<BotId, AtomicInteger> statusGauges = new ConcurrentHashMap<>();

    public BotService(BotRepository bots, BotProperties properties, Clock clock, MeterRegistry meters) {
        this.bots = bots;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Instant now = clock.instant();
        for (BotProperties.DefaultBot definition : properties.defaults()) {
            Strategies.create(definition.strategy(), definition.params()); // fail fast on a bad default
            Bot bot = new Bot(BotId.of(definition.id()), AccountId.of(definition.account()), definition.strategy(),
                    definition.params(), definition.symbols().stream().map(Symbol::of).toList(),
                    definition.running() ? BotStatus.RUNNING : BotStatus.STOPPED, now, now);
            if (bots.insertIfAbsent(bot)) {
                log.info("Created default bot {} ({}) for account {} on {}: {}", bot.id(), bot.strategy(),
                        bot.accountId(), bot.symbols(), bot.status());
            }
        }
        bots.findAll().forEach(this::track);
    }

    public List<Bot> list() {
        return bots.findAll();
    }

    public Bot get(BotId id) {
        return bots.find(id).orElseThrow(() -> ApiException.notFound("no bot " + id));
    }

    public Bot start(BotId id) {
        return changeStatus(id, BotStatus.RUNNING);
    }

    public Bot stop(BotId id) {
        return changeStatus(id, BotStatus.STOPPED);
    }

    private Bot changeStatus(BotId id, BotStatus status) {
        if (!bots.updateStatus(id, status, clock.instant())) {
            throw ApiException.notFound("no bot " + id);
        }
        Bot bot = get(id);
        track(bot);
        log.info("Bot {} is now {}", id, status);
        return bot;
    }

    private void track(Bot bot) {
        statusGauges.computeIfAbsent(bot.id(), id -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder("ts.bot.status", value, AtomicInteger::get)
                    .description("1 if the bot is running, 0 if stopped")
                    .tag("bot", id.value())
                    .register(meters);
            return value;
        }).set(bot.isRunning() ? 1 : 0);
    }
}
