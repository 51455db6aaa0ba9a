package io.tradingsuite.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.events.OrderReplaced;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.messaging.AssetCatalog;
import io.tradingsuite.common.messaging.EventDeserializer;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.risk.exposure.QuoteBook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The risk service end to end over Kafka and a real database: an account snapshot and a quote arrive, then order
 * requests; decisions appear on {@code risk.order-decisions.v1} and in {@code GET /api/risk/decisions}. Subclasses
 * choose where PostgreSQL runs.
 */
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RiskDecisionScenario {

    static final AccountId ACCOUNT = AccountId.of("it-acc");
    static final Symbol AAPL = Symbol.of("AAPL");

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    KafkaTemplate<String, Object> kafka;
    @Autowired
    AssetCatalog assets;
    @Autowired
    QuoteBook quotes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Environment environment;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private Consumer<String, Event> decisions;
    private Consumer<String, String> deadLetters;

    @BeforeEach
    void connect() {
        assets.put(new Asset(AAPL, "Apple Inc.", "us_equity", "NASDAQ", true, true, true, Quantity.of(1),
                Price.of("0.01")));
        decisions = consumer(EventDeserializer.class, Topic.ORDER_DECISIONS_NAME);
        deadLetters = consumer(StringDeserializer.class, Topic.ORDER_REQUESTS_NAME + Topic.DEAD_LETTER_SUFFIX);
    }

    @AfterEach
    void disconnect() {
        decisions.close();
        deadLetters.close();
    }

    @Test
    @Order(1) // counts every decision and meter of the service: runs before the scenarios of other accounts
    void ordersAreApprovedOrDeniedOnceEachAndShownInTheApi() throws Exception {
        send(new AccountSnapshot(UUID.randomUUID(), Instant.now(), "snap-1", ACCOUNT, 1, 0, Money.of("10000.00"),
                Money.of("10000.00"), Money.of("10000.00"), Money.ZERO, Money.ZERO, List.of()));
        send(new QuoteUpdated(UUID.randomUUID(), Instant.now(), "q-1", AAPL, Price.of("99.99"), Price.of("100.00"),
                Quantity.of(100), Quantity.of(100), Price.of("100.00"), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> quotes.latest(AAPL).isPresent()
                && jdbc.sql("select count(*) from account_state").query(Long.class).single() == 1);

        OrderRequested first = request("c-1", Side.BUY, OrderType.MARKET, "50", null);
        send(first);                                                              // 5,000 of 10,000: approved
        send(request("c-2", Side.BUY, OrderType.MARKET, "60", null));             // 6,000 > 5,000 left: denied
        send(request("c-1", Side.BUY, OrderType.MARKET, "1", null));              // duplicate client order id
        send(first);                                                              // redelivery: ignored
        try (KafkaProducer<String, String> raw = new KafkaProducer<>(Map.of(
                "bootstrap.servers", broker.getBrokersAsString(),
                "key.serializer", StringSerializer.class, "value.serializer", StringSerializer.class))) {
            raw.send(new ProducerRecord<>(Topic.ORDER_REQUESTS_NAME, ACCOUNT.value(), "{not an event")).get();
        }
        send(request("c-4", Side.BUY, OrderType.LIMIT, "10", "100.00"));          // after the poison: approved

        List<OrderDecisionEvent> decided = awaitDecisions(4);
        assertThat(decided).extracting(d -> d.order().clientOrderId().value())
                .containsExactly("c-1", "c-2", "c-1", "c-4");
        assertThat(decided.get(0)).isInstanceOfSatisfying(OrderApproved.class, a -> {
            assertThat(a.requestId()).isEqualTo(first.eventId());
            assertThat(a.referencePrice()).isEqualTo(Price.of("100.00"));
            assertThat(a.limitsVersion()).isEqualTo(1);
            assertThat(a.correlationId()).isEqualTo(first.correlationId());
        });
        assertThat(decided.get(1)).isInstanceOfSatisfying(OrderDenied.class, d -> {
            assertThat(d.reasonCode()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER");
            assertThat(d.policy()).isEqualTo("BuyingPower");
        });
        assertThat(decided.get(2)).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).isEqualTo("RISK_DUPLICATE_CLIENT_ORDER_ID"));
        assertThat(decided.get(3)).isInstanceOf(OrderApproved.class);
        assertThat(decided).filteredOn(d -> d instanceof OrderApproved
                && d.order().clientOrderId().value().equals("c-1")).hasSize(1);

        ConsumerRecord<String, String> poison = KafkaTestUtils.getSingleRecord(deadLetters,
                Topic.ORDER_REQUESTS_NAME + Topic.DEAD_LETTER_SUFFIX, Duration.ofSeconds(30));
        assertThat(poison.value()).isEqualTo("{not an event");

        JsonNode all = getJson("/api/risk/decisions", TestJwt.bearer(ACCOUNT, "VIEWER"), 200);
        assertThat(all.size()).isEqualTo(4);
        assertThat(all.get(0).get("client_order_id").asText()).isEqualTo("c-4");
        assertThat(all.get(0).get("outcome").asText()).isEqualTo("approved");
        assertThat(all.get(0).get("reference_price").asText()).isEqualTo("100.00");
        assertThat(all.get(3).get("client_order_id").asText()).isEqualTo("c-1");
        assertThat(all.get(3).get("qty").asText()).isEqualTo("50");
        assertThat(all.get(3).get("bot_id").asText()).isEqualTo("it-bot");

        JsonNode denied = getJson("/api/risk/decisions?outcome=denied&symbol=aapl&bot=it-bot",
                TestJwt.bearer(ACCOUNT, "VIEWER"), 200);
        assertThat(denied.findValuesAsString("reason_code"))
                .containsExactly("RISK_DUPLICATE_CLIENT_ORDER_ID", "RISK_INSUFFICIENT_BUYING_POWER");
        JsonNode duplicate = getJson("/api/risk/decisions?reason=RISK_DUPLICATE_CLIENT_ORDER_ID&limit=5",
                TestJwt.bearer(ACCOUNT, "VIEWER"), 200);
        assertThat(duplicate.size()).isEqualTo(1);
        assertThat(getJson("/api/risk/decisions", TestJwt.bearer(AccountId.of("someone-else"), "VIEWER"), 200).size())
                .as("other accounts' decisions are not visible").isZero();
        assertThat(getJson("/api/risk/decisions?outcome=maybe", TestJwt.bearer(ACCOUNT, "VIEWER"), 400)
                .get("code").asText()).startsWith("VALIDATION");
        getJson("/api/risk/decisions", null, 401);

        assertThat(meters.get("ts.risk.decisions").tag("outcome", "approved").counter().count()).isEqualTo(2.0);
        assertThat(meters.get("ts.risk.decisions").tag("reason", "RISK_INSUFFICIENT_BUYING_POWER").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("ts.risk.decision.latency").timer().count()).isEqualTo(4);

        // A fill of c-1 arrives before the snapshot includes it: the cash it spent still counts.
        send(new FillExecuted(UUID.randomUUID(), Instant.now(), first.correlationId(), ACCOUNT, TradeId.of("t-1"),
                OrderId.of("o-1"), ClientOrderId.of("c-1"), BotId.of("it-bot"), AAPL, Side.BUY, Quantity.of(50),
                Price.of("101.00"), "paper"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.sql("select count(*) from account_fills").query(Long.class).single() == 1);
        // 10,000 - 5,050 spent - 1,000 reserved by c-4 = 3,950 left (with a fresh quote: the first may be stale now)
        send(new QuoteUpdated(UUID.randomUUID(), Instant.now(), "q-2", AAPL, Price.of("99.99"), Price.of("100.00"),
                Quantity.of(100), Quantity.of(100), Price.of("100.00"), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> quotes.latest(AAPL).orElseThrow().asOf()
                .isAfter(Instant.now().minusSeconds(20)));
        send(request("c-5", Side.BUY, OrderType.LIMIT, "39", "101.29"));
        send(request("c-6", Side.BUY, OrderType.LIMIT, "39", "101.28"));
        List<OrderDecisionEvent> later = awaitDecisions(2);
        assertThat(later.get(0)).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER"));
        assertThat(later.get(1)).isInstanceOf(OrderApproved.class);

        JsonNode limits = getJson("/api/risk/limits", TestJwt.bearer(ACCOUNT, "VIEWER"), 200);
        assertThat(limits.get("version").asLong()).isEqualTo(1);
        assertThat(limits.get("max_order_notional").asText()).isEqualTo("250000.00");
        assertThat(limits.get("max_order_quantity").asText()).isEqualTo("10000");
        assertThat(limits.get("price_collar_bps").asInt()).isEqualTo(500);
        assertThat(limits.get("max_quote_age").asText()).isEqualTo("PT30S");
    }

    /**
     * A replaced order's remainder goes back to buying power exactly once, while the replacement keeps the
     * reservation of its own approval (account {@code it-replace}: 10,000 cash, AAPL ask 100.00).
     */
    @Test
    @Order(2)
    void aReplacedOrderReleasesItsRemainderOnceAndTheReplacementKeepsItsOwn() throws Exception {
        AccountId account = AccountId.of("it-replace");
        send(new AccountSnapshot(UUID.randomUUID(), Instant.now(), "snap-r", account, 1, 0, Money.of("10000.00"),
                Money.of("10000.00"), Money.of("10000.00"), Money.ZERO, Money.ZERO, List.of()));
        freshQuote();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from account_state where"
                + " account_id = :a").param("a", account.value()).query(Long.class).single() == 1);

        send(request(account, "orig-1", Side.BUY, OrderType.MARKET, "40", null));          // reserves 40 x 100.00
        assertThat(awaitDecisions(account, 1).getFirst()).isInstanceOf(OrderApproved.class);
        send(new FillExecuted(UUID.randomUUID(), Instant.now(), "corr-orig-1", account, TradeId.of("t-orig-1"),
                OrderId.of("o-orig-1"), ClientOrderId.of("orig-1"), BotId.of("it-bot"), AAPL, Side.BUY,
                Quantity.of(10), Price.of("100.00"), "paper"));
        await().atMost(Duration.ofSeconds(30)).until(() -> remaining("orig-1").compareTo(new java.math.BigDecimal("30")) == 0);
        send(request(account, "repl-1", Side.BUY, OrderType.LIMIT, "30", "100.00"));       // the replacement
        // 10,000 - 1,000 spent - 3,000 left of orig-1 - 3,000 of repl-1 = 3,000 available
        send(request(account, "probe-1", Side.BUY, OrderType.LIMIT, "31", "100.00"));
        List<OrderDecisionEvent> before = awaitDecisions(account, 2);
        assertThat(before.get(0)).isInstanceOf(OrderApproved.class);
        assertThat(before.get(1)).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER"));

        OrderReplaced replaced = new OrderReplaced(UUID.randomUUID(), Instant.now(), "corr-orig-1", account,
                OrderId.of("o-orig-1"), ClientOrderId.of("orig-1"), OrderId.of("o-repl-1"), ClientOrderId.of("repl-1"),
                Quantity.of(10));
        send(replaced);
        send(replaced);                                                                      // redelivery
        await().atMost(Duration.ofSeconds(30)).until(() -> "TERMINAL".equals(jdbc.sql("select status from"
                + " reservations where client_order_id = 'orig-1'").query(String.class).single()));
        assertThat(remaining("orig-1")).isZero();
        assertThat(remaining("repl-1")).isEqualByComparingTo("30");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from inbox where event_id = :e")
                .param("e", replaced.eventId().toString()).query(Long.class).single() == 1);

        // 10,000 - 1,000 spent - 3,000 of repl-1 = 6,000: exactly 60 more at 100.00, and then nothing
        freshQuote();
        send(request(account, "probe-2", Side.BUY, OrderType.LIMIT, "60", "100.00"));
        send(request(account, "probe-3", Side.BUY, OrderType.LIMIT, "1", "100.00"));
        List<OrderDecisionEvent> after = awaitDecisions(account, 2);
        assertThat(after.get(0)).as("orig-1's remainder is back").isInstanceOf(OrderApproved.class);
        assertThat(after.get(1)).as("repl-1's reservation still stands, nothing released twice")
                .isInstanceOfSatisfying(OrderDenied.class,
                        d -> assertThat(d.reasonCode()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER"));
        assertThat(remaining("orig-1")).isZero();
        assertThat(remaining("repl-1")).isEqualByComparingTo("30");
    }

    /**
     * A replacement ({@code replaces} set) is decided net of its original's open reservation and approval: the same
     * terms are no near-duplicate, and the original's buying power is the replacement's. Until the original's end
     * arrives both reservations stand (account {@code it-replace-net}: 10,000 cash, AAPL ask 100.00).
     */
    @Test
    @Order(3)
    void aReplacementIsDecidedAsIfItsOriginalsReservationWereReleased() throws Exception {
        AccountId account = AccountId.of("it-replace-net");
        send(new AccountSnapshot(UUID.randomUUID(), Instant.now(), "snap-rn", account, 1, 0, Money.of("10000.00"),
                Money.of("10000.00"), Money.of("10000.00"), Money.ZERO, Money.ZERO, List.of()));
        freshQuote();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from account_state where"
                + " account_id = :a").param("a", account.value()).query(Long.class).single() == 1);

        OrderRequested original = request(account, "orig-n", Side.BUY, OrderType.LIMIT, "80", "100.00");
        send(original);                                                                     // reserves 8,000
        send(request(account, "ctrl-n", Side.BUY, OrderType.LIMIT, "81", "100.00"));        // a new order: 2,000 left
        OrderTicket same = original.order();
        OrderTicket longer = new OrderTicket(ClientOrderId.of("repl-n"), same.symbol(), same.side(), same.type(),
                TimeInForce.GTC, same.quantity(), same.limitPrice(), null, same.source(), same.botId());
        send(new OrderRequested(UUID.randomUUID(), Instant.now(), "corr-orig-n", account, longer,
                ClientOrderId.of("orig-n")));
        send(request(account, "probe-n", Side.BUY, OrderType.LIMIT, "1", "100.01"));       // both now reserved

        List<OrderDecisionEvent> decided = awaitDecisions(account, 4);
        assertThat(decided.get(0)).isInstanceOf(OrderApproved.class);
        assertThat(decided.get(1)).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER"));
        assertThat(decided.get(2)).as("the same terms as its original (only the time in force differs) with the"
                + " original's 8,000 of buying power").isInstanceOf(OrderApproved.class);
        assertThat(decided.get(3)).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER"));
        assertThat(remaining("orig-n")).isEqualByComparingTo("80");
        assertThat(remaining("repl-n")).isEqualByComparingTo("80");
    }

    private java.math.BigDecimal remaining(String clientOrderId) {
        return jdbc.sql("select remaining_quantity from reservations where client_order_id = :c")
                .param("c", clientOrderId).query(java.math.BigDecimal.class).single();
    }

    private void freshQuote() throws Exception {
        Instant sent = Instant.now();
        send(new QuoteUpdated(UUID.randomUUID(), sent, "q-" + sent, AAPL, Price.of("99.99"), Price.of("100.00"),
                Quantity.of(100), Quantity.of(100), Price.of("100.00"), sent));
        await().atMost(Duration.ofSeconds(30)).until(() -> quotes.latest(AAPL).orElseThrow().asOf().compareTo(sent) >= 0);
    }

    private OrderRequested request(String clientOrderId, Side side, OrderType type, String quantity, String limit) {
        return request(ACCOUNT, clientOrderId, side, type, quantity, limit);
    }

    private OrderRequested request(AccountId account, String clientOrderId, Side side, OrderType type, String quantity,
            String limit) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of(clientOrderId), AAPL, side, type, TimeInForce.DAY,
                Quantity.of(quantity), limit == null ? null : Price.of(limit), null, OrderSource.BOT, BotId.of("it-bot"));
        return new OrderRequested(UUID.randomUUID(), Instant.now(), "corr-" + clientOrderId, account, ticket);
    }

    private void send(Event event) throws Exception {
        kafka.send(Topic.of(event).topicName(), event.partitionKey(), event).get();
    }

    private List<OrderDecisionEvent> awaitDecisions(int count) {
        return awaitDecisions(ACCOUNT, count);
    }

    /** The next {@code count} decisions of one account (the consumer reads the topic from the start). */
    private List<OrderDecisionEvent> awaitDecisions(AccountId account, int count) {
        List<OrderDecisionEvent> received = new ArrayList<>();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            for (ConsumerRecord<String, Event> rec : decisions.poll(Duration.ofMillis(200))) {
                if (((OrderDecisionEvent) rec.value()).accountId().equals(account)) {
                    received.add((OrderDecisionEvent) rec.value());
                }
            }
            return received.size() >= count;
        });
        assertThat(received).as("no more decisions than requests").hasSize(count);
        return received;
    }

    private JsonNode getJson(String path, String authorization, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s -> %s", path, response.body()).isEqualTo(expectedStatus);
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    private <V> Consumer<String, V> consumer(Class<?> valueDeserializer, String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "risk-it-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer);
        Consumer<String, V> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

}
