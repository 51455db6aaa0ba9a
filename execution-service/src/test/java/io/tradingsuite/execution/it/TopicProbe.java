package io.tradingsuite.execution.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What an integration scenario plays and watches on Kafka: it sends events as the other services would (risk's
 * decisions, market data) and reads what execution publishes on {@code risk.order-requests.v1},
 * {@code execution.order-events.v1} and {@code execution.fills.v1} from the beginning (every event seen so far is kept).
 */
final class TopicProbe implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final List<Event> received = new ArrayList<>();

    TopicProbe(List<String> bootstrapServers, String groupPrefix) {
        String servers = String.join(",", bootstrapServers);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topic.ORDER_REQUESTS_NAME, Topic.ORDER_EVENTS_NAME, Topic.FILLS_NAME));
    }

    /** Sends {@code event} on {@code topic} with {@code key}, flushed. */
    void send(String topic, String key, Event event) {
        producer.send(new ProducerRecord<>(topic, key, EventJson.writeString(event)));
        producer.flush();
    }

    /** Every event of {@code type} matching, read so far (polls once first). */
    <T extends Event> List<T> seen(Class<T> type, Predicate<T> matching) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(
                EventJson.read(Topic.ofName(r.topic()), r.value().getBytes(StandardCharsets.UTF_8))));
        return received.stream().filter(type::isInstance).map(type::cast).filter(matching).toList();
    }

    /** Waits for the one event of {@code type} matching (fails when none arrives or more than one did). */
    <T extends Event> T awaitEvent(Class<T> type, Predicate<T> matching) {
        List<T> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            found.clear();
            found.addAll(seen(type, matching));
            assertThat(found).as("a %s on Kafka", type.getSimpleName()).isNotEmpty();
        });
        assertThat(found).as("exactly one matching %s", type.getSimpleName()).hasSize(1);
        return found.getFirst();
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
    }
}
