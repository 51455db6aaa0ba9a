package io.tradingsuite.bot.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.bot.bot.Bot;
import io.tradingsuite.bot.bot.BotRepository;
import io.tradingsuite.bot.bot.BotStatus;
import io.tradingsuite.bot.position.BotPosition;
import io.tradingsuite.bot.position.BotPositionRepository;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migrations and SQL of this service also run on H2 in PostgreSQL mode, the zero-setup local database. */
class BotTablesWorkOnH2Test {

    private static final Instant T0 = Instant.parse("2024-03-04T14:30:00Z");
    private static final BotId BOT = BotId.of("ma-crossover-1");
    private static final Symbol AAPL = Symbol.of("AAPL");
    private JdbcClient jdbc;

    @BeforeEach
    void migrate() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:bot-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/common").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aBotIsInsertedOnceWithItsParametersAndSymbolsAndChangesStatus() {
        BotRepository bots = new BotRepository(jdbc);
        Bot bot = new Bot(BOT, AccountId.of("demo"), "ma-crossover",
                Map.of("fast_window", "5", "slow_window", "20", "notional_per_trade", "10000"),
                List.of(AAPL, Symbol.of("SPY")), BotStatus.RUNNING, T0, T0);

        assertThat(bots.insertIfAbsent(bot)).isTrue();
        assertThat(bots.insertIfAbsent(bot)).isFalse();
        assertThat(bots.find(BOT)).contains(bot);
        assertThat(bots.findRunningTrading(AAPL)).containsExactly(bot);
        assertThat(bots.findRunningTrading(Symbol.of("MSFT"))).isEmpty();

        assertThat(bots.updateStatus(BOT, BotStatus.STOPPED, T0.plusSeconds(5))).isTrue();
        assertThat(bots.findRunningTrading(AAPL)).isEmpty();
        assertThat(bots.updateStatus(BotId.of("nope"), BotStatus.STOPPED, T0)).isFalse();
    }

    @Test
    void aSignalIsStoredOncePerClientOrderIdAndListedNewestFirst() {
        SignalRepository signals = new SignalRepository(jdbc);
        SignalRecord buy = signal("buy-1", Side.BUY, T0);
        SignalRecord sell = signal("sell-1", Side.SELL, T0.plusSeconds(60));

        assertThat(signals.insert(buy)).isTrue();
        assertThat(signals.insert(new SignalRecord(UUID.randomUUID(), BOT, AAPL, Side.BUY, Quantity.of(1), "dup", T0,
                UUID.randomUUID(), buy.clientOrderId(), "c", T0))).isFalse();
        assertThat(signals.insert(sell)).isTrue();

        assertThat(signals.findNewest(BOT, 10)).containsExactly(sell, buy);
        assertThat(signals.findNewest(BOT, 1)).containsExactly(sell);
    }

    @Test
    void positionsKeepExactCostBasisRealisedPnlAndRoundTrips() {
        BotPositionRepository positions = new BotPositionRepository(jdbc);
        assertThat(positions.position(BOT, AAPL)).isEqualTo(Quantity.ZERO);

        BotPosition bought = BotPosition.flat(BOT, AAPL).apply(Side.BUY, Quantity.of(76), Price.of("187.12345678"));
        positions.save(bought, T0);
        BotPosition reduced = positions.find(BOT, AAPL).orElseThrow().apply(Side.SELL, Quantity.of("26.5"), Price.of("190.5"));
        positions.save(reduced, T0.plusSeconds(60));

        assertThat(positions.position(BOT, AAPL)).isEqualTo(Quantity.of("49.5"));
        // Exact through numeric(38,18); the last fill price is not stored.
        BotPosition stored = positions.find(BOT, AAPL).orElseThrow();
        assertThat(stored.position().costBasis()).isEqualTo(reduced.position().costBasis());
        assertThat(stored.position().realizedPnl()).isEqualTo(reduced.position().realizedPnl());
        assertThat(stored.openTripPnl()).isEqualTo(reduced.openTripPnl());
        assertThat(stored.roundTrips()).isZero();
        assertThat(positions.findAll(BOT)).extracting(BotPosition::symbol).containsExactly(AAPL);
        assertThat(positions.findAll(BotId.of("other-bot"))).isEmpty();
    }

    private static SignalRecord signal(String key, Side side, Instant at) {
        return new SignalRecord(UUID.nameUUIDFromBytes(key.getBytes()), BOT, AAPL, side, Quantity.of(76), "cross", at,
                UUID.randomUUID(), ClientOrderId.of("bot-ma-crossover-1-" + key), "corr-" + key, at);
    }
}
