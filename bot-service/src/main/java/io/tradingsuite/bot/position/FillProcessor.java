package io.tradingsuite.bot.position;

import io.tradingsuite.bot.bot.Bot;
import io.tradingsuite.bot.bot.BotRepository;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.messaging.Inbox;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a bot's own fills to its position exactly once (inbox by event id), with average-cost P&amp;L and round
 * trips (then the bot's performance gauges follow after commit). Fills of other orders are ignored.
 */
@Service
public class FillProcessor {

    static final String CONSUMER = "bot-fills";
    private static final Logger log = LoggerFactory.getLogger(FillProcessor.class);

    private final Inbox inbox;
    private final BotRepository bots;
    private final BotPositionRepository positions;
    private final Clock clock;
    private final BotPerformanceService performance;

    public FillProcessor(Inbox inbox, BotRepository bots, BotPositionRepository positions, Clock clock,
            BotPerformanceService performance) {
        this.inbox = inbox;
        this.bots = bots;
        this.positions = positions;
        this.clock = clock;
        this.performance = performance;
    }

    @Transactional
    public void onFill(FillExecuted fill) {
        if (fill.botId() == null) {
            return;
        }
        Optional<Bot> bot = bots.find(fill.botId());
        if (bot.isEmpty() || !bot.get().accountId().equals(fill.accountId())) {
            log.debug("Ignoring fill {} of unknown bot {} / account {}", fill.tradeId(), fill.botId(), fill.accountId());
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, fill.eventId())) {
            return;
        }
        BotPosition before = positions.find(fill.botId(), fill.symbol())
                .orElseGet(() -> BotPosition.flat(fill.botId(), fill.symbol()));
        positions.save(before.apply(fill.side(), fill.quantity(), fill.price()), clock.instant());
        performance.refreshAfterCommit(fill.botId());
    }
}
