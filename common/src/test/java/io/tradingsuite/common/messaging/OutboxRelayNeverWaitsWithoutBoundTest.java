package io.tradingsuite.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;

/**
 * A producer that never acknowledges (e.g. an idempotent producer stuck retrying an out-of-order sequence) makes the
 * relay round fail after its bounded wait, with the rows kept for the next round, instead of blocking the relay.
 */
class OutboxRelayNeverWaitsWithoutBoundTest {

    @Test
    @SuppressWarnings("unchecked")
    void anUnacknowledgedBatchFailsTheRoundAndKeepsItsRows() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:relay-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/common", "classpath:db/commontest").load().migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        jdbc.sql("insert into outbox (event_id, topic, message_key, event_type, payload, created_at)"
                + " values ('00000000-0000-0000-0000-000000000001', 't', 'k', 'E', '{}', current_timestamp)").update();
        KafkaOperations<String, Object> stuck = mock(KafkaOperations.class);
        when(stuck.send(any(ProducerRecord.class))).thenReturn(new CompletableFuture<>());
        OutboxRelay relay = new OutboxRelay(jdbc, stuck, Duration.ofSeconds(1), 10, new SimpleMeterRegistry());

        assertThatThrownBy(relay::relayBatch).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not acknowledged");

        verify(stuck, never()).flush();
        assertThat(jdbc.sql("select count(*) from outbox").query(Long.class).single()).isEqualTo(1);
    }
}
