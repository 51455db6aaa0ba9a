package io.tradingsuite.execution.it;

import io.tradingsuite.common.test.PostgresTestDatabase;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The order flow on an embedded KRaft broker and the local PostgreSQL (schema {@code execution_it}). */
@EmbeddedKafka(partitions = 1)
class OrderFlowOnEmbeddedKafkaAndPostgresTest extends OrderFlowScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("execution_it").forEach((k, v) -> registry.add(k, () -> v));
    }
}
