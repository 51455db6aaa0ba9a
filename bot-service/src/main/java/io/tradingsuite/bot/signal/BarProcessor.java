package io.tradingsuite.bot.signal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.bot.bot.Bot;
import io.tradingsuite.bot.bot.BotRepository;
import io.tradingsuite.bot.bot.StrategyInstances;
import io.tradingsuite.bot.position.BotPositionRepository;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.strategy.Signal;
import io.tradingsuite.core.strategy.Strategy;
import io.tradingsuite.core.strategy.StrategyContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs each running bot's strategy on a closed bar. One transaction per bar: the inbox entry (a redelivered bar is
 * ignored), the stored signals and their {@link OrderRequested} commands in the outbox. Signal ids, client order ids
 * and event ids are derived from bot, bar event and signal index, so even a bar re-processed after a rollback asks
 * for the same order (risk and execution de-duplicate on the client order id).
 */
@Service
public class BarProcessor {

    static final String CONSUMER = "bot-bars";
    private static final Logger log = LoggerFactory.getLogger(BarProcessor.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final BotRepository bots;
    private final StrategyInstances strategies;
    private final BotPositionRepository positions;
    private final SignalRepository signals;
    private final Clock clock;
    private final MeterRegistry meters;

    public BarProcessor(Inbox inbox, Outbox outbox, BotRepository bots, StrategyInstances strategies,
                        BotPositionRepository positions, SignalRepository signals, Clock clock, MeterRegistry meters) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.bots = bots;
        this.strategies = strategies;
        this.positions = positions;
        this.signals = signals;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional
    public void onBar(BarClosed bar) {
        if (!inbox.firstDelivery(CONSUMER, bar.eventId())) {
            log.debug("Ignoring redelivered bar {}", bar.eventId());
            return;
        }
        for (Bot bot : bots.findRunningTrading(bar.symbol())) {
            Strategy strategy = strategies.of(bot);
            StrategyContext context = symbol -> positions.position(bot.id(), symbol);
            List<Signal> emitted;
            synchronized (strategy) { // strategies are not thread-safe; listeners may run with concurrency > 1
                emitted = strategy.onBar(bar, context);
            }
            for (int i = 0; i < emitted.size(); i++) {
                record(bot, bar, i, emitted.get(i));
            }
        }
    }

    private void record(Bot bot, BarClosed bar, int index, Signal signal) {
        Instant now = clock.instant();
        UUID signalId = uuid("signal:" + bot.id() + ":" + bar.eventId() + ":" + index);
        ClientOrderId clientOrderId = ClientOrderId.of("bot-" + bot.id() + "-" + signalId);
        String correlationId = signalId.toString();
        SignalRecord stored = new SignalRecord(signalId, bot.id(), signal.symbol(), signal.side(), signal.quantity(),
                signal.reason(), bar.start(), bar.eventId(), clientOrderId, correlationId, now);
        if (!signals.insert(stored)) {
            return;
        }
        outbox.publish(orderRequest(bot, signal, clientOrderId, correlationId, now));
        Counter.builder("ts.bot.signals").description("Signals emitted by bots")
                .tag("bot", bot.id().value()).tag("side", signal.side().wire())
                .register(meters).increment();
        log.info("Bot {} signal {} {} {}: {}", bot.id(), signal.side().wire(), signal.quantity(), signal.symbol(),
                signal.reason());
    }

    /** The command a signal becomes: a day market order of the bot, asked of risk for the bot's account. */
    static OrderRequested orderRequest(Bot bot, Signal signal, ClientOrderId clientOrderId, String correlationId,
                                       Instant now) {
        OrderTicket ticket = new OrderTicket(clientOrderId, signal.symbol(), signal.side(), OrderType.MARKET,
                TimeInForce.DAY, signal.quantity(), null, null, OrderSource.BOT, bot.id());
        return new OrderRequested(uuid("order-requested:" + clientOrderId), now, correlationId, bot.accountId(), ticket);
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
