package io.tradingsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.systemtests.support.ApiKey;
import io.tradingsuite.systemtests.support.GatewayClient;
import io.tradingsuite.systemtests.support.GatewayClient.ApiResponse;
import io.tradingsuite.systemtests.support.Orders;
import io.tradingsuite.systemtests.support.SystemTest;
import io.tradingsuite.systemtests.support.TradingStack;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Garbage bytes on a topic the services consume are parked on {@code <topic>-dlt} instead of blocking the
 * partition: a valid manual order placed afterwards is still decided by risk and filled by execution.
 */
@SystemTest
class PoisonRecordGoesToDeadLetterTopicTest {

    @ParameterizedTest
    @ValueSource(strings = {"execution.fills.v1", "risk.order-requests.v1"})
    void poisonRecordIsDeadLetteredAndTheNextOrderIsStillProcessed(String topic, TradingStack stack) throws Exception {
        byte[] poison = ("\u0000not json at all " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        produce(stack.kafkaBootstrapServers(), topic, poison);

        await("the poison record on " + topic + "-dlt").atMost(Duration.ofSeconds(60))
                .until(() -> deadLetters(stack.kafkaBootstrapServers(), topic + "-dlt").stream()
                        .anyMatch(value -> Arrays.equals(value, poison)));

        GatewayClient gateway = stack.gateway();
        ApiKey trader = stack.traderOf(TradingStack.SCENARIO_ACCOUNT);
        String clientOrderId = Orders.clientOrderId("st-after-poison");
        // One share per topic, of a different symbol each, so risk's near-duplicate window never sees the same order twice.
        String symbol = topic.startsWith("execution") ? "SPY" : "MSFT";
        ApiResponse placed = gateway.post("/api/orders", trader,
                Orders.marketOrder(symbol, BigDecimal.ONE, "buy", clientOrderId));
        assertThat(placed.status()).as("%s", placed).isIn(200, 202);

        await("the order after the poison record fills").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode order = Orders.byClientOrderId(gateway, trader, clientOrderId);
            assertThat(order).as("order %s in GET /api/orders?status=all", clientOrderId).isNotNull();
            assertThat(order.path("status").asString()).as("%s", order).isEqualTo("filled");
            assertThat(Orders.decimal(order, "filled_qty")).isEqualByComparingTo(BigDecimal.ONE);
        });
    }

    private static void produce(String bootstrap, String topic, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, TradingStack.ACCOUNT.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        }
    }

    /** Every value currently on {@code topic}, read from the beginning by a throw-away consumer group. */
    private static List<byte[]> deadLetters(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-dlt-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<byte[]> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            for (int poll = 0; poll < 10; poll++) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                if (!values.isEmpty() && consumer.assignment().stream()
                        .allMatch(tp -> consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp))) {
                    break;
                }
            }
        }
        return values;
    }
}
