package io.tradingsuite.portfolio;

import io.tradingsuite.common.test.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ledger scenario on the local PostgreSQL (schema {@code portfolio_it}, reset per run) and embedded Kafka. */
class FillsAreAppliedExactlyOnceOnPostgresTest extends PortfolioLedgerScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("portfolio_it").forEach((key, value) -> registry.add(key, () -> value));
    }
}
