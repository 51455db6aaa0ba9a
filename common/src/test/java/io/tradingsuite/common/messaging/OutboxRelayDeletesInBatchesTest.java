package io.tradingsuite.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

/**
 * Acknowledged rows are deleted together, not once per round: until then they are left out of the next rounds (sent
 * once), and they are deleted when the delay is up or the relay stops. A delay of zero deletes after every round.
 */
class OutboxRelayDeletesInBatchesTest {

    private final JdbcClient jdbc = database();
    @SuppressWarnings("unchecked")
    private final KafkaOperations<String, Object> kafka = mock(KafkaOperations.class);

    private static JdbcClient database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:relay-batch-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/common", "classpath:db/commontest").load().migrate();
        return JdbcClient.create(h2);
    }

    private void insert(int n) {
        jdbc.sql("insert into outbox (event_id, topic, message_key, event_type, payload, created_at)"
                + " values ('00000000-0000-0000-0000-00000000000" + n + "', 't', 'k', 'E', '{}', current_timestamp)")
                .update();
    }

    private long rows() {
        return jdbc.sql("select count(*) from outbox").query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private void acknowledgeEverySend() {
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> CompletableFuture.completedFuture(
                new SendResult<>((ProducerRecord<String, Object>) call.getArgument(0), null)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sentRowsAreNotSentAgainAndAreDeletedTogetherWhenTheRelayStops() {
        acknowledgeEverySend();
        OutboxRelay relay = new OutboxRelay(jdbc, kafka, Duration.ofHours(1), 10, new SimpleMeterRegistry(),
                ObservationRegistry.NOOP, Duration.ofHours(1));
        insert(1);
        insert(2);

        assertThat(relay.relayBatch()).isEqualTo(2);
        insert(3);
        assertThat(relay.relayBatch()).as("only the new row").isEqualTo(1);
        assertThat(relay.relayBatch()).isZero();
        verify(kafka, times(3)).send(any(ProducerRecord.class));
        assertThat(rows()).as("acknowledged, waiting to be deleted together").isEqualTo(3);

        relay.start();
        relay.stop();

        assertThat(rows()).isZero();
        verify(kafka, times(3)).send(any(ProducerRecord.class));
    }

    @Test
    void rowsAreDeletedOnceTheDelayIsUp() {
        acknowledgeEverySend();
        OutboxRelay relay = new OutboxRelay(jdbc, kafka, Duration.ofHours(1), 10, new SimpleMeterRegistry(),
                ObservationRegistry.NOOP, Duration.ofMillis(50));
        relay.start();
        try {
            insert(1);
            relay.wakeUp();
            await().atMost(Duration.ofSeconds(10)).until(() -> rows() == 0);
        } finally {
            relay.stop();
        }
    }

    @Test
    void aZeroDelayDeletesAfterEveryRound() {
        acknowledgeEverySend();
        OutboxRelay relay = new OutboxRelay(jdbc, kafka, Duration.ofHours(1), 10, new SimpleMeterRegistry());
        insert(1);

        assertThat(relay.relayBatch()).isEqualTo(1);

        assertThat(rows()).isZero();
    }
}
