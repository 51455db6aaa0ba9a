package io.tradingsuite.risk;

import io.tradingsuite.common.test.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scenario against the embedded Kafka broker and the local PostgreSQL (schema {@code risk_it}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ts.kafka.partitions=1", "server.address=127.0.0.1",
                // the scenario spends ~100% of the equity on one symbol: it is about buying power, not concentration
                "ts.risk.limits.max-concentration-pct=200"})
@EmbeddedKafka(partitions = 1)
class RiskServiceDecidesOrdersOverKafkaTest extends RiskDecisionScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("risk_it").forEach((key, value) -> registry.add(key, () -> value));
    }
}
