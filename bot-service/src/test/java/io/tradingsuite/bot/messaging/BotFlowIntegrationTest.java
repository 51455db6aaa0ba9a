package io.tradingsuite.bot.messaging;

import io.tradingsuite.common.test.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bot flow against embedded Kafka and the local PostgreSQL (schema {@code bot_it}). */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1)
@ActiveProfiles("test")
class BotFlowIntegrationTest extends BotFlowScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("bot_it").forEach((k, v) -> registry.add(k, () -> v));
    }
}
