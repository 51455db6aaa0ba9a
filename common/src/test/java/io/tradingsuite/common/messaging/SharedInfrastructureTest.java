package io.tradingsuite.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.observability.TraceContexts;
import io.tradingsuite.common.test.EventSamples;
import io.tradingsuite.common.test.PostgresTestDatabase;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.testapp.CommonTestApplication;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.common.validation.Asset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * common's auto-configuration as a service gets it, against a real (embedded, KRaft) Kafka broker and the real
 * PostgreSQL: outbox publication, trace context across the outbox, idempotent consumption, dead letters, problem
 * details and resource-server security.
 */
@SpringBootTest(classes = CommonTestApplication.class, properties = {
    "spring.application.name=common-test",
    "spring.flyway.locations=classpath:db/commontest",
    "ts.kafka.partitions=1",
    "ts.kafka.retry-interval=50ms",
    "management.endpoints.web.exposure.include=health,info,prometheus"
})
@EmbeddedKafka(partitions = 1)
@AutoConfigureMockMvc
class SharedInfrastructureTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("common_it").forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired
    CommonTestApplication.FillLedger ledger;

    @Autowired
    CommonTestApplication.FillListener listener;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    Tracer tracer;

    @Autowired
    AssetCatalog assets;

    @Autowired
    MockMvcTester mvc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @BeforeEach
    void knownAsset() {
        assets.put(new Asset(Symbol.of("AAPL"), "Apple Inc.", "us_equity", "NASDAQ", true, true, true, Quantity.of(1), Price.of("0.01")));
    }

    private static FillExecuted fill(String tradeId, String symbol) {
        FillExecuted sample = (FillExecuted) EventSamples.all().stream().filter(FillExecuted.class::isInstance).findFirst().orElseThrow();
        return new FillExecuted(UUID.randomUUID(), sample.occurredAt(), "corr-" + tradeId, sample.accountId(), TradeId.of(tradeId),
                sample.orderId(), sample.clientOrderId(), sample.botId(), Symbol.of(symbol), sample.side(), sample.quantity(),
                sample.price(), sample.venue());
    }

    @Test
    void anEventPublishedThroughTheOutboxReachesItsTopicKeyedByAggregateAndIsAppliedOnce() {
        FillExecuted fill = fill("t-outbox-1", "AAPL");
        int before = ledger.count();
        ledger.announce(fill);
        // The listener consumes what the relay sent: applied exactly once.
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.count() == before + 1);

        List<ConsumerRecord<String, byte[]>> records = readAll(Topic.FILLS_NAME).stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("t-outbox-1")).toList();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("demo");
            assertThat(new String(r.headers().lastHeader("correlation-id").value(), StandardCharsets.UTF_8))
                    .isEqualTo("corr-t-outbox-1");
            assertThat(EventJson.read(Topic.FILLS, r.value())).isEqualTo(fill);
        });
    }

    @Test
    void anEventPublishedInsideATraceCarriesItsTraceparentThroughTheOutboxAndTheListenerLogsTheSameTraceId() throws Exception {
        FillExecuted fill = fill("t-trace-1", "AAPL");
        AtomicReference<String> traceId = new AtomicReference<>();
        Observation.createNotStarted("test.request", observations).observe(() -> {
            traceId.set(tracer.currentSpan().context().traceId());
            ledger.announce(fill);
        });
        assertThat(traceId.get()).hasSize(32);

        // The relay sends later in its own thread: the record still continues the trace the row was written in.
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.traceIdWhileHandling("t-trace-1") != null);
        assertThat(listener.traceIdWhileHandling("t-trace-1")).isEqualTo(traceId.get());

        List<ConsumerRecord<String, byte[]>> records = readAll(Topic.FILLS_NAME).stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("t-trace-1")).toList();
        assertThat(records).singleElement().satisfies(r -> {
            String traceparent = new String(r.headers().lastHeader(TraceContexts.HEADER).value(), StandardCharsets.UTF_8);
            assertThat(TraceContexts.isTraceparent(traceparent)).as(traceparent).isTrue();
            assertThat(TraceContexts.traceIdOf(traceparent)).isEqualTo(traceId.get());
            assertThat(new String(r.headers().lastHeader("correlation-id").value(), StandardCharsets.UTF_8))
                    .isEqualTo("corr-t-trace-1");
        });
        // With observation on, listener timings come from the observation: tagged by listener id and error.
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatusOk().body().asString()
                .contains("spring_kafka_listener_seconds_count{error=\"none\",")
                .contains("spring_kafka_listener_id=\"");
        // Trace exemplars only where Prometheus < 2.43 accepts them: never on a timer's _count (it drops the scrape).
        String openMetrics = mvc.get().uri("/actuator/prometheus")
                .header("Accept", "application/openmetrics-text;version=1.0.0").exchange().getResponse().getContentAsString();
        assertThat(openMetrics).contains("spring_kafka_listener_seconds_count{");
        assertThat(openMetrics.lines().filter(line -> line.contains("_count{") && line.contains(" # {")))
                .as("summary/timer _count lines with an exemplar").isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        FillExecuted fill = fill("t-dup-1", "AAPL");
        int before = ledger.count();
        send(Topic.FILLS_NAME, EventJson.write(fill));
        send(Topic.FILLS_NAME, EventJson.write(fill));
        FillExecuted marker = fill("t-dup-2", "AAPL");
        send(Topic.FILLS_NAME, EventJson.write(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.count() == before + 2);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        int before = ledger.count();
        send(Topic.FILLS_NAME, "{not json".getBytes(StandardCharsets.UTF_8));
        send(Topic.FILLS_NAME, EventJson.write(fill("t-poison-1", "POISON")));
        send(Topic.FILLS_NAME, EventJson.write(fill("t-after-poison", "AAPL")));

        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.count() == before + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> dead = readAll(Topic.FILLS.deadLetterTopic()).stream()
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
            assertThat(dead).contains("{not json");
            assertThat(dead).anyMatch(v -> v.contains("t-poison-1"));
        });
    }

    @Test
    void requestsWithoutATokenGetAProblemDetail401() {
        assertThat(mvc.get().uri("/test/me")).hasStatus(401)
                .bodyJson().extractingPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED");
        assertThat(mvc.get().uri("/test/me").header("Authorization", "Bearer not-a-jwt")).hasStatus(401);
    }

    @Test
    void theCallersCorrelationIdIsEchoedAndOneIsMadeWhenMissing() {
        assertThat(mvc.get().uri("/test/me").header("Authorization", TestJwt.bearer(TestJwt.DEMO, "VIEWER"))
                .header("X-Correlation-Id", "trade-42")).hasHeader("X-Correlation-Id", "trade-42");
        assertThat(mvc.get().uri("/actuator/health")).headers().containsHeader("X-Correlation-Id");
    }

    @Test
    void theTokenNamesTheAccountAndRolesAreEnforced() {
        assertThat(mvc.get().uri("/test/me").header("Authorization", TestJwt.bearer(TestJwt.DEMO, "VIEWER")))
                .hasStatusOk().bodyJson().extractingPath("$.account").isEqualTo("demo");
        assertThat(mvc.post().uri("/test/admin").header("Authorization", TestJwt.bearer(TestJwt.DEMO, "TRADER")))
                .hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("AUTH_FORBIDDEN");
        assertThat(mvc.post().uri("/test/admin").header("Authorization", TestJwt.bearer(TestJwt.DEMO, "ADMIN")))
                .hasStatusOk();
    }

    @Test
    void invalidOrdersGetFieldErrorsInSnakeCase() {
        var result = mvc.post().uri("/test/orders").header("Authorization", TestJwt.bearer(TestJwt.DEMO, "TRADER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"symbol\":\"AAPL\",\"qty\":\"-5\",\"side\":\"bananas\",\"type\":\"limit\",\"time_in_force\":\"day\"}");
        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("qty", "side", "limit_price");
        assertThat(mvc.post().uri("/test/orders").header("Authorization", TestJwt.bearer(TestJwt.DEMO, "TRADER"))
                .contentType(MediaType.APPLICATION_JSON).content("{oops")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_MALFORMED_BODY");
    }

    @Test
    void unexpectedErrorsNeverLeakTheSecretOrAStackTrace() {
        var result = mvc.get().uri("/test/boom").header("Authorization", TestJwt.bearer(TestJwt.DEMO, "VIEWER"));
        assertThat(result).hasStatus(500).bodyJson().extractingPath("$.code").isEqualTo("INTERNAL");
        assertThat(result).body().asString().doesNotContain(TestJwt.SECRET).doesNotContain("IllegalStateException")
                .doesNotContain("at io.tradingsuite");
    }

    @Test
    void onlyHealthInfoAndPrometheusAreOpenAndNoActuatorEndpointShowsSecrets() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatusOk().body().asString()
                .contains("service=\"common-test\"").contains("kafka_consumer_").doesNotContain(TestJwt.SECRET);
        for (String endpoint : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump")) {
            var viaAdmin = mvc.get().uri(endpoint).header("Authorization", TestJwt.bearer(TestJwt.DEMO, "ADMIN"));
            assertThat(viaAdmin).hasStatus(404);
            assertThat(viaAdmin).body().asString().doesNotContain(TestJwt.SECRET);
        }
    }

    private void send(String topic, byte[] value) {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "demo", value));
            producer.flush();
        }
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(out::add);
                if (!out.isEmpty() && consumer.assignment().stream().allMatch(tp -> consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp))) {
                    break;
                }
            }
        }
        return out;
    }
}
