package io.tradingsuite.marketdata.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.core.marketdata.Bar;
import io.tradingsuite.core.marketdata.DefaultUniverse;
import io.tradingsuite.marketdata.bar.BarRepository;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migrations and SQL of this service also run on H2 in PostgreSQL mode, the zero-setup local database. */
class MarketDataTablesWorkOnH2Test {

    private static final Instant T0 = Instant.parse("2024-03-04T14:30:00Z");
    private JdbcClient jdbc;

    @BeforeEach
    void migrate() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:md-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/common").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void assetsAreUpsertedAndReadBack() {
        AssetRepository assets = new AssetRepository(jdbc);
        Asset aapl = DefaultUniverse.assets().getFirst();
        assets.upsert(aapl, T0);
        Asset renamed = new Asset(aapl.symbol(), "Apple", aapl.assetClass(), aapl.exchange(), false, aapl.shortable(),
                aapl.fractionable(), aapl.lotSize(), aapl.tickSize());
        assets.upsert(renamed, T0.plusSeconds(1));

        assertThat(assets.findAll()).containsExactly(renamed);
    }

    @Test
    void aBarIsStoredOnceAndFoundByRangeLatestAndLastOfEachSymbol() {
        BarRepository bars = new BarRepository(jdbc);
        Bar first = bar(0, "100.00");
        Bar second = bar(1, "101.25");

        assertThat(bars.insert(first, UUID.randomUUID(), T0)).isTrue();
        assertThat(bars.insert(first, UUID.randomUUID(), T0)).isFalse();
        assertThat(bars.insert(second, UUID.randomUUID(), T0)).isTrue();

        Symbol aapl = Symbol.of("AAPL");
        assertThat(bars.findBetween(aapl, T0, T0.plusSeconds(60), 10)).containsExactly(first);
        assertThat(bars.findLatest(aapl, 10)).containsExactly(first, second);
        assertThat(bars.findLatest(aapl, 1)).containsExactly(second);
        assertThat(bars.findLastOfEachSymbol()).containsExactly(second);
    }

    private static Bar bar(int minute, String close) {
        Instant start = T0.plusSeconds(60L * minute);
        Price price = Price.of(close);
        return new Bar(Symbol.of("AAPL"), start, start.plusSeconds(60), price, price, price, price, 500);
    }
}
