package io.tradingsuite.bot.position;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.types.BotId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gauges of each bot's trading record, tagged {@code bot} (bots are few): {@code ts.bot.pnl.realized} (USD),
 * {@code ts.bot.hit.rate} (0..1, 0 before the first closed round trip) and {@code ts.bot.round.trips}. Registered
 * for every bot at startup, so they exist before the first fill.
 */
public class BotPerformanceGauges {

    private final MeterRegistry meters;
    private final Map<BotId, AtomicReference<BotPerformance>> current = new ConcurrentHashMap<>();

    public BotPerformanceGauges(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Shows the bot's record now (registering its gauges on first sight). */
    public void show(BotPerformance performance) {
        current.computeIfAbsent(performance.bot(), this::register).set(performance);
    }

    /** Shows the record once the current transaction committed (at once without a transaction). */
    public void showAfterCommit(BotPerformance performance) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            show(performance);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                show(performance);
            }
        });
    }

    private AtomicReference<BotPerformance> register(BotId bot) {
        AtomicReference<BotPerformance> value = new AtomicReference<>(BotPerformance.none(bot));
        Gauge.builder("ts.bot.pnl.realized", value, v -> v.get().realizedPnl().value().doubleValue())
                .description("P&L realised by the bot's own fills (average cost)")
                .baseUnit("USD")
                .tag("bot", bot.value())
                .register(meters);
        Gauge.builder("ts.bot.hit.rate", value, v -> v.get().hitRate().map(Number::doubleValue).orElse(0.0))
                .description("Share of the bot's closed round trips with positive P&L (0 before the first)")
                .tag("bot", bot.value())
                .register(meters);
        Gauge.builder("ts.bot.round.trips", value, v -> v.get().roundTrips())
                .description("Round trips (flat to flat, per symbol) the bot closed")
                .tag("bot", bot.value())
                .register(meters);
        return value;
    }
}
