package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format of events: JSON, camelCase names, a {@code type} token per event (never a class name),
 * ISO-8601 instants, decimal strings for money, nulls omitted. Unknown fields are ignored so consumers
 * tolerate additive changes within a topic version.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Event event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String writeString(Event event) {
        return new String(write(event), StandardCharsets.UTF_8);
    }

    /** Reads an event of the topic's sealed type; throws {@link tools.jackson.core.JacksonException} if malformed. */
    public static Event read(Topic topic, byte[] json) {
        return MAPPER.readValue(json, topic.eventType());
    }

    public static <T extends Event> T read(Class<T> type, String json) {
        return MAPPER.readValue(json, type);
    }
}
