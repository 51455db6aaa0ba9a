package io.tradingsuite.common.messaging;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.EventJson;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer: events as {@link EventJson} (type token, no class names); raw {@code byte[]} passes
 * through unchanged, so dead-lettering a record that could not even be deserialized keeps its original bytes.
 */
public class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        if (data instanceof Event event) {
            return EventJson.write(event);
        }
        throw new SerializationException("cannot serialize " + data.getClass().getSimpleName() + " to " + topic
                + ": only events of the topic catalogue are published");
    }
}
