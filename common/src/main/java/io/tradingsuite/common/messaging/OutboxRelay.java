package io.tradingsuite.common.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.observability.CorrelationIds;
import io.tradingsuite.common.observability.TraceContexts;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends committed outbox rows to Kafka in insertion order and deletes them once the broker acknowledged them
 * (idempotent producer, {@code acks=all}). Woken right after each commit, and polls as a safety net. If Kafka is
 * unreachable the rows stay and are retried: nothing is lost; a row sent twice is de-duplicated by consumers.
 *
 * <p>Deletes are batched: acknowledged rows are remembered (and left out of the next selects) and deleted together
 * once {@code deleteDelay} has passed since the first of them or {@value #DELETE_BATCH} have gathered, and when the
 * relay stops. Each delete is a commit of its own, so under load one delete serves many rounds instead of one per
 * round. A crash before the delete only re-sends those rows after the restart (at most {@code deleteDelay} of them),
 * which consumers absorb through their inbox, as after any crash between send and delete. A delay of zero deletes
 * after every round.
 *
 * <p>Each record carries the event's correlation id ({@value CorrelationIds#HEADER}) and continues the trace stored
 * with the row: the send runs inside an observation {@code ts.outbox.relay} whose parent is the row's
 * {@code traceparent}, so the KafkaTemplate's observation (a child span of the same trace) writes the
 * {@value TraceContexts#HEADER} header the consumer continues. Without an observation registry the stored value is
 * passed on as the header unchanged.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final KafkaOperations<String, Object> kafka;
    private final Duration pollInterval;
    private final int batchSize;
    private final ObservationRegistry observations;
    private final Duration deleteDelay;
    /** Most acknowledged rows kept before they are deleted. */
    static final int DELETE_BATCH = 256;
    /** Sent and acknowledged, not deleted yet (only the relay's thread touches it). */
    private final List<Long> sentNotDeleted = new ArrayList<>();
    private long firstSentNotDeletedAtNanos;
    /** How long one batch may wait for the broker's acknowledgements before the round fails and is retried. */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, KafkaOperations<String, Object> kafka, Duration pollInterval, int batchSize,
            MeterRegistry meters) {
        this(jdbc, kafka, pollInterval, batchSize, meters, ObservationRegistry.NOOP);
    }

    public OutboxRelay(JdbcClient jdbc, KafkaOperations<String, Object> kafka, Duration pollInterval, int batchSize,
            MeterRegistry meters, ObservationRegistry observations) {
        this(jdbc, kafka, pollInterval, batchSize, meters, observations, Duration.ZERO);
    }

    public OutboxRelay(JdbcClient jdbc, KafkaOperations<String, Object> kafka, Duration pollInterval, int batchSize,
            MeterRegistry meters, ObservationRegistry observations, Duration deleteDelay) {
        this.deleteDelay = deleteDelay;
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.observations = observations;
        this.published = Counter.builder("ts.outbox.published").description("Events sent from the outbox").register(meters);
        this.failures = Counter.builder("ts.outbox.failures").description("Failed outbox relay rounds").register(meters);
        meters.gauge("ts.outbox.pending", pending);
    }

    /** Asks the relay to run now (called after a commit that added outbox rows). */
    public void wakeUp() {
        wakeUps.release();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon(true).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!worker.isAlive()) {
                try {
                    deleteSent(true);
                } catch (RuntimeException e) {
                    log.debug("Deleting sent outbox rows at stop failed (they are sent again): {}", e.toString());
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Start after the datasource and before listeners; stop after listeners stopped so their events go out.
        return Integer.MAX_VALUE - 2000;
    }

    private void loop() {
        long failuresInARow = 0;
        while (running) {
            try {
                int sent;
                do {
                    sent = relayBatch();
                } while (sent == batchSize && running);
                failuresInARow = 0;
                long waitMillis = pollInterval.toMillis();
                if (!sentNotDeleted.isEmpty()) {
                    long dueInMillis = deleteDelay.toMillis()
                            - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstSentNotDeletedAtNanos);
                    waitMillis = Math.max(0, Math.min(waitMillis, dueInMillis));
                }
                wakeUps.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                deleteSent(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                failures.increment();
                failuresInARow++;
                resetProducer();
                log.warn("Outbox relay round failed (attempt {}), will retry: {}", failuresInARow, e.toString());
                try {
                    Thread.sleep(Math.min(5_000, 100L * failuresInARow));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * After a failed round, start over with a fresh producer (new producer id and sequence numbers): an idempotent
     * producer that hit e.g. an out-of-order sequence while topics were still electing leaders would otherwise keep
     * failing. The rows are still in the outbox, so nothing is lost; consumers de-duplicate a resend.
     */
    private void resetProducer() {
        if (kafka instanceof KafkaTemplate<?, ?> template) {
            try {
                template.getProducerFactory().reset();
            } catch (RuntimeException e) {
                log.debug("Producer reset failed: {}", e.toString());
            }
        }
    }

    /** Sends one batch; returns how many rows were sent and deleted. Visible for tests. */
    public int relayBatch() {
        String notSent = sentNotDeleted.isEmpty() ? "" : " where id not in (:sent)";
        var select = jdbc.sql("select id, topic, message_key, payload, traceparent from outbox" + notSent
                        + " order by id limit :limit")
                .param("limit", batchSize);
        if (!sentNotDeleted.isEmpty()) {
            select = select.param("sent", sentNotDeleted);
        }
        List<Row> rows = select
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        pending.set(rows.size());
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<SendResult<String, Object>>> sends = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, Object> record = new ProducerRecord<>(row.topic(), row.key(),
                    row.payload().getBytes(StandardCharsets.UTF_8));
            String correlationId = correlationIdOf(row.payload());
            if (correlationId != null) {
                record.headers().add(CorrelationIds.HEADER, correlationId.getBytes(StandardCharsets.UTF_8));
            }
            sends.add(send(record, row));
        }
        // No flush(): with linger.ms=0 the records are on their way, and flush() would wait without a bound (up to
        // delivery.timeout.ms) for a producer stuck retrying, e.g. OUT_OF_ORDER_SEQUENCE_NUMBER while a new topic's
        // leader is still being elected; after ACK_TIMEOUT the round fails and the loop starts a fresh producer.
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("outbox send not acknowledged: " + e.getMessage(), e);
        }
        // Delete exactly the rows sent (a row with a smaller id may still be committing in another transaction), now
        // or together with the next rounds' (see the class comment).
        if (sentNotDeleted.isEmpty()) {
            firstSentNotDeletedAtNanos = System.nanoTime();
        }
        rows.forEach(row -> sentNotDeleted.add(row.id()));
        published.increment(rows.size());
        deleteSent(false);
        return rows.size();
    }

    /** Deletes the acknowledged rows when they are due ({@code force}: now). */
    private void deleteSent(boolean force) {
        if (sentNotDeleted.isEmpty()) {
            return;
        }
        boolean due = force || sentNotDeleted.size() >= DELETE_BATCH
                || System.nanoTime() - firstSentNotDeletedAtNanos >= deleteDelay.toNanos();
        if (!due) {
            return;
        }
        jdbc.sql("delete from outbox where id in (:ids)").param("ids", List.copyOf(sentNotDeleted)).update();
        sentNotDeleted.clear();
    }

    /** Sends the record as a continuation of the trace the row was written in (a new trace when it has none). */
    private CompletableFuture<SendResult<String, Object>> send(ProducerRecord<String, Object> record, Row row) {
        if (!TraceContexts.isTraceparent(row.traceparent())) {
            return kafka.send(record);
        }
        record.headers().add(TraceContexts.HEADER, row.traceparent().getBytes(StandardCharsets.UTF_8));
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get);
        context.setCarrier(Map.of(TraceContexts.HEADER, row.traceparent()));
        context.setRemoteServiceName("outbox");
        return Observation.createNotStarted("ts.outbox.relay", () -> context, observations)
                .contextualName("outbox relay " + row.topic())
                .lowCardinalityKeyValue("topic", row.topic())
                .observe(() -> kafka.send(record));
    }

    private static String correlationIdOf(String payload) {
        try {
            var node = EventJson.mapper().readTree(payload).get("correlationId");
            return node == null || node.isNull() ? null : node.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Row(long id, String topic, String key, String payload, String traceparent) {
    }
}
