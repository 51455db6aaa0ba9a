package io.tradingsuite.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.test.EventSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The wire contract: every event type has a golden JSON file under {@code contracts/<topic>/<Type>.json}; the file
 * reads as the sample event, and the sample writes as the file. Producers and consumers of other modules read the
 * same files (common's test-jar), so a change to an event that breaks the wire format fails here first.
 * Regenerate deliberately with {@code -Dcontracts.write=true} and review the diff.
 */
class GoldenEventContractTest {

    @TestFactory
    Stream<DynamicTest> everySampleRoundTripsThroughItsGoldenFile() {
        return EventSamples.all().stream().map(event -> DynamicTest.dynamicTest(event.getClass().getSimpleName(), () -> {
            Topic topic = Topic.of(event);
            String resource = "contracts/" + topic.topicName() + "/" + event.getClass().getSimpleName() + ".json";
            if (Boolean.getBoolean("contracts.write")) {
                Path file = Path.of("src/test/resources", resource);
                Files.createDirectories(file.getParent());
                Files.writeString(file, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(event) + "\n");
            }
            String golden = read(resource);
            Event parsed = EventJson.read(topic, golden.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed).isEqualTo(event);
            JsonNode written = EventJson.mapper().readTree(EventJson.write(event));
            assertThat(written).isEqualTo(EventJson.mapper().readTree(golden));
            assertThat(written.get("type").asString()).isEqualTo(event.getClass().getSimpleName());
        }));
    }

    @Test
    void everyPermittedEventTypeOfEveryTopicHasASample() {
        List<Class<?>> sampled = EventSamples.all().stream().<Class<?>>map(Object::getClass).toList();
        for (Topic topic : Topic.values()) {
            assertThat(topic.eventType().isSealed()).as(topic + " carries one sealed interface").isTrue();
            assertThat(sampled).as("samples of " + topic).containsAll(Arrays.asList(topic.eventType().getPermittedSubclasses()));
        }
    }

    @Test
    void noClassNameTravelsOnTheWire() {
        for (Event event : EventSamples.all()) {
            assertThat(EventJson.writeString(event)).doesNotContain("io.tradingsuite");
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GoldenEventContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("golden file " + resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
