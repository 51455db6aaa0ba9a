package io.tradingsuite.bot.position;

import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.bot.bot.BotRepository;
import io.tradingsuite.common.types.BotId;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Each bot's trading record (P&amp;L, hit rate) from {@code bot_positions}, for the API and the gauges. */
@Service
public class BotPerformanceService {

    private final BotRepository bots;
    private final BotPositionRepository positions;
    private final BotPerformanceGauges gauges;

    public BotPerformanceService(BotRepository bots, BotPositionRepository positions, MeterRegistry meters) {
        this.bots = bots;
        this.positions = positions;
        this.gauges = new BotPerformanceGauges(meters);
    }

    /** Registers the gauges of every bot once the context is up (the default bots exist by then), at their stored values. */
    @EventListener(ContextRefreshedEvent.class)
    public void showEveryBot() {
        bots.findAll().forEach(bot -> gauges.show(performance(bot.id())));
    }

    /** The bot's record over all its symbols. */
    public BotPerformance performance(BotId bot) {
        return BotPerformance.of(bot, positions.findAll(bot));
    }

    /** Recomputes the bot's record in the current transaction and shows it on the gauges after commit. */
    void refreshAfterCommit(BotId bot) {
        gauges.showAfterCommit(performance(bot));
    }
}
