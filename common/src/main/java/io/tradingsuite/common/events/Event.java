package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * Every published event: a unique {@code eventId} (consumers de-duplicate on it), when it happened, the
 * correlation id that follows one trade from signal to fill, and the aggregate id used as Kafka key.
 */
public interface Event {

    UUID eventId();

    Instant occurredAt();

    String correlationId();

    /** The aggregate id: Kafka record key, so that one aggregate's events stay ordered on one partition. */
    @JsonIgnore
    String partitionKey();
}
