package io.tradingsuite.common.messaging;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.observability.TraceContexts;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Transactional outbox: {@link #publish} stores the event in the same database transaction as the state change it
 * announces; after commit the {@link OutboxRelay} sends it to its topic (key = aggregate id) and deletes it. A
 * crash between commit and send only delays the event; a crash after send but before delete re-sends it, which
 * consumers absorb through their {@link Inbox}. Never send domain events with a KafkaTemplate directly.
 *
 * <p>The row also keeps the W3C {@code traceparent} of the span that wrote it (column {@code traceparent}, added by
 * each service's migration {@code outbox_trace_context}): the relay sends later, in its own thread, and continues
 * that trace, so the consumer's logs carry the producer's trace id.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OutboxRelay relay;
    private final TraceContexts traces;

    public Outbox(JdbcClient jdbc, Clock clock, OutboxRelay relay) {
        this(jdbc, clock, relay, TraceContexts.NONE);
    }

    public Outbox(JdbcClient jdbc, Clock clock, OutboxRelay relay, TraceContexts traces) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.clock = Objects.requireNonNull(clock);
        this.relay = Objects.requireNonNull(relay);
        this.traces = Objects.requireNonNull(traces);
    }

    /** Stores the event for publication after the current transaction commits. */
    public void publish(Event event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the transaction that changes the state it announces");
        }
        Topic topic = Topic.of(event);
        jdbc.sql("insert into outbox (event_id, topic, message_key, event_type, payload, created_at, traceparent)"
                        + " values (:eventId, :topic, :key, :type, :payload, :at, :traceparent)")
                .param("eventId", event.eventId().toString())
                .param("topic", topic.topicName())
                .param("key", event.partitionKey())
                .param("type", event.getClass().getSimpleName())
                .param("payload", EventJson.writeString(event))
                .param("at", Timestamp.from(clock.instant()))
                .param("traceparent", traces.current())
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
    }
}
