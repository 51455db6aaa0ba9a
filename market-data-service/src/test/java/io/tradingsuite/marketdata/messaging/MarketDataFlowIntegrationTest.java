package io.tradingsuite.marketdata.messaging;

import io.tradingsuite.common.test.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The flow against embedded Kafka and the local PostgreSQL (schema {@code marketdata_it}). */
@SpringBootTest(properties = {
        "ts.market-data.simulation.enabled=true",
        "ts.market-data.simulation.symbols=AAPL,MSFT",
        "ts.market-data.simulation.bar-interval=300ms",
        "ts.market-data.simulation.ticks-per-bar=3",
        "ts.market-data.simulation.start-date=2024-03-04"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1)
@ActiveProfiles("test")
class MarketDataFlowIntegrationTest extends MarketDataFlowScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("marketdata_it").forEach((k, v) -> registry.add(k, () -> v));
    }
}
