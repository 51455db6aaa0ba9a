package io.tradingsuite.systemtests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads topics from the beginning on a thread of its own (a throw-away consumer group) and keeps every event as
 * parsed JSON, in the order of each partition, so a scenario can watch progress while services come and go and
 * check afterwards what was published. Unreadable records are skipped (they are not the events the scenario sent).
 */
public final class TopicRecorder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicRecorder.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, ConcurrentLinkedQueue<JsonNode>> events = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicRecorder(String bootstrapServers, List<String> topics) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        topics.forEach(topic -> events.put(topic, new ConcurrentLinkedQueue<>()));
        consumer.subscribe(topics);
        this.poller = Thread.ofPlatform().name("topic-recorder").daemon(true).start(this::poll);
    }

    /** Starts recording {@code topics} from their first offset. */
    public static TopicRecorder start(String bootstrapServers, String... topics) {
        return new TopicRecorder(bootstrapServers, List.of(topics));
    }

    /** The events of {@code topic} recorded so far that match {@code filter}. */
    public List<JsonNode> events(String topic, Predicate<JsonNode> filter) {
        ConcurrentLinkedQueue<JsonNode> queue = events.get(topic);
        if (queue == null) {
            throw new IllegalArgumentException(topic + " is not recorded");
        }
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode event : queue) {
            if (filter.test(event)) {
                result.add(event);
            }
        }
        return result;
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        continue;
                    }
                    try {
                        events.get(record.topic()).add(JSON.readTree(record.value()));
                    } catch (RuntimeException unreadable) {
                        log.debug("Skipping unreadable record {}-{}@{}", record.topic(), record.partition(),
                                record.offset());
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() interrupts the poll
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
