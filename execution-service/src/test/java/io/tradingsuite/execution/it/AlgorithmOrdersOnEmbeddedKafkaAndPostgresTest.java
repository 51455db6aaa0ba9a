package io.tradingsuite.execution.it;

import io.tradingsuite.common.test.PostgresTestDatabase;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The execution algorithms on an embedded KRaft broker and the local PostgreSQL (schema {@code execution_algo_it}). */
@EmbeddedKafka(partitions = 1)
class AlgorithmOrdersOnEmbeddedKafkaAndPostgresTest extends AlgorithmOrderScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("execution_algo_it").forEach((k, v) -> registry.add(k, () -> v));
    }
}
