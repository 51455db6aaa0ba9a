package io.tradingsuite.execution.it;

import io.tradingsuite.common.test.PostgresTestDatabase;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bracket, oco and oto orders on an embedded KRaft broker and the local PostgreSQL (schema {@code execution_classes_it}). */
@EmbeddedKafka(partitions = 1)
class OrderClassesOnEmbeddedKafkaAndPostgresTest extends OrderClassScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("execution_classes_it").forEach((k, v) -> registry.add(k, () -> v));
    }
}
