package io.tradingsuite.common.messaging;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.Topic;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer: reads the topic's one sealed event type (see {@link Topic}), choosing the record type
 * by its {@code type} token. Wrapped in an {@code ErrorHandlingDeserializer}, so a poison record becomes a
 * dead letter instead of blocking the partition.
 */
public class EventDeserializer implements Deserializer<Event> {

    @Override
    public Event deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.read(Topic.ofName(topic), data);
        } catch (RuntimeException e) {
            throw new SerializationException("cannot read an event of " + topic + ": " + e.getMessage(), e);
        }
    }
}
