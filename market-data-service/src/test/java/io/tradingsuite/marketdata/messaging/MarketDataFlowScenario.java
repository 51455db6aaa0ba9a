package io.tradingsuite.marketdata.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.events.AssetUpdated;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.core.marketdata.DefaultUniverse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The market data flow, end to end inside the service: the simulated feed runs (fast), quotes and bars arrive on
 * Kafka, bars are stored and served by the REST API, the asset master is announced on the assets topic.
 * Subclasses choose where PostgreSQL comes from.
 */
abstract class MarketDataFlowScenario {

    private static final String VIEWER = TestJwt.bearer(TestJwt.DEMO, "VIEWER");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private KafkaConsumer<String, byte[]> consumer;
    private final List<Event> received = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "md-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topic.QUOTES_NAME, Topic.BARS_NAME, Topic.ASSETS_NAME));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void quotesBarsAndAssetsArriveOnKafkaAndBarsAndQuotesAreServed() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            poll();
            assertThat(received).filteredOn(QuoteUpdated.class::isInstance).isNotEmpty();
            assertThat(received).filteredOn(e -> e instanceof BarClosed b && b.symbol().value().equals("AAPL"))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(received).filteredOn(AssetUpdated.class::isInstance)
                    .hasSizeGreaterThanOrEqualTo(DefaultUniverse.assets().size());
        });

        BarClosed firstBar = received.stream().filter(e -> e instanceof BarClosed b && b.symbol().value().equals("AAPL"))
                .map(BarClosed.class::cast).findFirst().orElseThrow();
        assertThat(firstBar.timeframe()).isEqualTo("1Min");
        assertThat(firstBar.start()).isEqualTo("2024-03-04T14:30:00Z");  // 09:30 New York
        QuoteUpdated quote = received.stream().filter(QuoteUpdated.class::isInstance).map(QuoteUpdated.class::cast)
                .findFirst().orElseThrow();
        assertThat(quote.bid()).isLessThanOrEqualTo(quote.ask());

        MvcTestResult bars = mvc.get().uri("/api/market/bars/AAPL?from=2024-03-04T14:30:00Z&to=2024-03-04T14:31:00Z")
                .header(HttpHeaders.AUTHORIZATION, VIEWER).exchange();
        assertThat(bars).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.length()", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$[0].open", v -> v.assertThat().isEqualTo(firstBar.open().toJson()))
                .hasPathSatisfying("$[0].close", v -> v.assertThat().isEqualTo(firstBar.close().toJson()))
                .hasPathSatisfying("$[0].volume", v -> v.assertThat().isEqualTo((int) firstBar.volume()));
        // without from/to the latest bars come back: which ones depends on how far the simulation got (a slow run
        // had 35 by then), so this asks from the session's first minute on
        assertThat(mvc.get().uri("/api/market/bars/AAPL?from=2024-03-04T14:30:00Z&limit=1")
                .header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk().bodyJson().extractingPath("$[0].start").isEqualTo("2024-03-04T14:30:00Z");
        assertThat(mvc.get().uri("/api/market/bars/AAPL").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk().bodyJson().extractingPath("$.length()").asNumber().isNotEqualTo(0);
        assertThat(mvc.get().uri("/api/market/quotes/MSFT").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk().bodyJson().extractingPath("$.symbol").isEqualTo("MSFT");
        assertThat(mvc.get().uri("/api/market/assets?tradable=true").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(DefaultUniverse.assets().size());

        assertThat(jdbc.sql("select count(*) from assets").query(Long.class).single())
                .isEqualTo(DefaultUniverse.assets().size());
        assertThat(meters.get("ts.marketdata.bars.published").tag("symbol", "AAPL").counter().count()).isPositive();
        assertThat(meters.get("ts.marketdata.quotes.published").tag("symbol", "MSFT").counter().count()).isPositive();
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Event event = EventJson.read(Topic.ofName(record.topic()), record.value());
            assertThat(record.key()).isEqualTo(event.partitionKey());
            received.add(event);
        }
    }
}
