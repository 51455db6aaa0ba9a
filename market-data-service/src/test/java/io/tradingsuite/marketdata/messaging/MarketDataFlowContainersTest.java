package io.tradingsuite.marketdata.messaging;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same flow against PostgreSQL in a container (skipped where Docker is unavailable). */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {
        "ts.market-data.simulation.enabled=true",
        "ts.market-data.simulation.symbols=AAPL,MSFT",
        "ts.market-data.simulation.bar-interval=300ms",
        "ts.market-data.simulation.ticks-per-bar=3",
        "ts.market-data.simulation.start-date=2024-03-04"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1)
@ActiveProfiles("test")
class MarketDataFlowContainersTest extends MarketDataFlowScenario {

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:16-alpine");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", POSTGRES::getJdbcUrl);
        registry.add("spring.datasource.username", POSTGRES::getUsername);
        registry.add("spring.datasource.password", POSTGRES::getPassword);
    }
}
