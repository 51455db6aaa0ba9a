package io.tradingsuite.common.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Idempotent consumption: records that a consumer processed an event, in the same database transaction as the
 * state change, so a redelivered record (after a crash, a rebalance or a duplicate publish) changes nothing.
 */
public class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * True the first time {@code consumer} sees {@code eventId}; false for a duplicate, in which case the caller must
     * do nothing. Must run inside the transaction that applies the event.
     */
    public boolean firstDelivery(String consumer, UUID eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Inbox.firstDelivery must run inside the transaction that applies the event");
        }
        int inserted = jdbc.sql("insert into inbox (consumer, event_id, processed_at) values (:consumer, :eventId, :at)"
                        + " on conflict do nothing")
                .param("consumer", consumer)
                .param("eventId", eventId.toString())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return inserted == 1;
    }
}
