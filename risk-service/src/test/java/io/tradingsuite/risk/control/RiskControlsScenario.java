package io.tradingsuite.risk.control;

import io.tradingsuite.common.test.MutableClock;
import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.messaging.AssetCatalog;
import io.tradingsuite.common.messaging.EventDeserializer;
import io.tradingsuite.common.test.PostgresTestDatabase;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.risk.decision.OrderDecisionService;
import io.tradingsuite.risk.exposure.ExposureService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared set-up of the runtime-control tests: the whole service on the local PostgreSQL and an embedded broker, a
 * clock the test moves, and helpers that feed snapshots and quotes and decide requests directly (as the Kafka
 * listeners do) so that tests can call them from many threads at once. Subclasses share one Spring context.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ts.kafka.partitions=1", "server.address=127.0.0.1"})
@EmbeddedKafka(partitions = 1)
@Import(RiskControlsScenario.TestClock.class)
abstract class RiskControlsScenario {

    static final Symbol AAPL = Symbol.of("AAPL");
    static final Instant START = Instant.parse("2025-03-03T15:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("risk_ctl").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    MutableClock clock;
    @Autowired
    AssetCatalog assets;
    @Autowired
    ExposureService exposure;
    @Autowired
    OrderDecisionService decisions;
    @Autowired
    TradingControlService controls;
    @Autowired
    LimitsService limits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    Environment environment;

    final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private long snapshotVersion;

    @BeforeEach
    void assetAndQuote() {
        assets.put(new Asset(AAPL, "Apple Inc.", "us_equity", "NASDAQ", true, true, true, Quantity.of(1),
                Price.of("0.01")));
        quote("99.99", "100.00");
    }

    Clock clockNow() {
        return clock;
    }

    void quote(String bid, String ask) {
        exposure.onQuote(new QuoteUpdated(UUID.randomUUID(), clock.instant(), "q", AAPL, Price.of(bid), Price.of(ask),
                Quantity.of(100), Quantity.of(100), Price.of(ask), clock.instant()));
    }

    void snapshot(AccountId account, String cash, String equity, Map<Symbol, Long> positions) {
        snapshot(account, cash, equity, positions, 0);
    }

    /** A snapshot of portfolio's that includes {@code fillsApplied} fills of the account. */
    void snapshot(AccountId account, String cash, String equity, Map<Symbol, Long> positions, long fillsApplied) {
        List<AccountSnapshot.PositionSnapshot> held = positions.entrySet().stream()
                .map(e -> new AccountSnapshot.PositionSnapshot(e.getKey(), Quantity.of(e.getValue()), Money.ZERO,
                        Price.of("100.00"), Price.of("100.00"), Price.of("100.00").times(Quantity.of(e.getValue())),
                        Money.ZERO))
                .toList();
        exposure.onAccountSnapshot(new AccountSnapshot(UUID.randomUUID(), clock.instant(), "snap", account,
                ++snapshotVersion, fillsApplied, Money.of(cash), Money.of(equity), Money.of(cash), Money.ZERO, Money.ZERO, held));
    }

    OrderDecisionEvent decide(AccountId account, String clientOrderId, Side side, String quantity, String limit) {
        return decide(account, clientOrderId, side, quantity, limit, null);
    }

    OrderDecisionEvent decide(AccountId account, String clientOrderId, Side side, String quantity, String limit,
            BotId bot) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of(clientOrderId), AAPL, side,
                limit == null ? OrderType.MARKET : OrderType.LIMIT, TimeInForce.DAY, Quantity.of(quantity),
                limit == null ? null : Price.of(limit), null, bot == null ? OrderSource.MANUAL : OrderSource.BOT, bot);
        return decisions.decide(new OrderRequested(UUID.randomUUID(), clock.instant(), "corr-" + clientOrderId,
                account, ticket)).orElseThrow();
    }

    HttpResponse<String> call(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    Consumer<String, Event> controlEvents() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "risk-ctl-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, EventDeserializer.class);
        Consumer<String, Event> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(io.tradingsuite.common.events.Topic.LIMITS_NAME));
        return consumer;
    }
}
