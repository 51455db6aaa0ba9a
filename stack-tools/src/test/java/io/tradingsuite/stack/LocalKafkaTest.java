package io.tradingsuite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    @TempDir
    Path dir;

    @Test
    void startsABrokerThatCreatesTopicsAndDeliversRecordsAndRestartsOnTheSameDirectory() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(dir, 0)) {
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(dir.resolve("server.properties")).content()
                    .contains("process.roles=broker,controller", "auto.create.topics.enable=false",
                            "offsets.topic.replication.factor=1");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("local-kafka-test", 3, (short) 1))).all().get();
                assertThat(admin.listTopics().names().get()).contains("local-kafka-test");
            }
            produce(kafka, "k1", "hello");
            assertThat(consumeAll(kafka, 1)).containsExactly("k1=hello");
        }

        String clusterId = Files.readString(dir.resolve("cluster.id")).trim();
        try (LocalKafka restarted = LocalKafka.start(dir, 0)) {
            assertThat(Files.readString(dir.resolve("cluster.id")).trim()).isEqualTo(clusterId);
            produce(restarted, "k2", "again");
            assertThat(consumeAll(restarted, 2)).containsExactlyInAnyOrder("k1=hello", "k2=again");
        }
    }

    private static void produce(LocalKafka kafka, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("local-kafka-test", key, value)).get();
        }
    }

    private static List<String> consumeAll(LocalKafka kafka, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-kafka-test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of("local-kafka-test"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.key() + "=" + record.value());
                }
                return received.size() >= expected;
            });
        }
        return received;
    }
}
