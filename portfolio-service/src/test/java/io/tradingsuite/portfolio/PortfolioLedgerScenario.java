package io.tradingsuite.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.messaging.EventDeserializer;
import io.tradingsuite.common.security.Roles;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradeId;
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
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger end to end, whatever database runs it: fills (one of them twice, one re-published under a new event
 * id) and quotes go in through Kafka, the REST API and the {@code portfolio.accounts.v1} snapshots come out.
 * Subclasses choose the PostgreSQL (local server, or a Testcontainers one where Docker exists).
 */
@SpringBootTest(properties = {
    "ts.kafka.partitions=1",
    "ts.kafka.retry-interval=10ms",
    "ts.kafka.outbox-poll-interval=100ms",
    "ts.portfolio.snapshot-interval=200ms",
    "ts.portfolio.accounts[0].id=demo",
    "ts.portfolio.accounts[0].starting-cash=100000.00",
    "ts.portfolio.accounts[1].id=poison-check",
    "ts.portfolio.accounts[1].starting-cash=5000.00",
    "spring.kafka.consumer.auto-offset-reset=earliest"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1)
abstract class PortfolioLedgerScenario {

    static final AccountId DEMO = AccountId.of("demo");
    static final AccountId POISON_CHECK = AccountId.of("poison-check");
    static final Symbol AAPL = Symbol.of("AAPL");
    static final Symbol MSFT = Symbol.of("MSFT");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, Object> events;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final JsonMapper json = JsonMapper.builder().build();
    private Consumer<String, Event> snapshotConsumer;
    private final List<AccountSnapshot> snapshots = new ArrayList<>();

    @BeforeEach
    void listenToAccountSnapshots() {
        snapshotConsumer = new DefaultKafkaConsumerFactory<String, Event>(consumerProps("it-snapshots-" + UUID.randomUUID()),
                new StringDeserializer(), new EventDeserializer()).createConsumer();
        snapshotConsumer.subscribe(List.of(Topic.ACCOUNTS_NAME));
    }

    @AfterEach
    void closeConsumer() {
        snapshotConsumer.close();
    }

    @Test
    void fillsAreAppliedExactlyOnceAndSnapshotsFollowEveryChange() throws Exception {
        FillExecuted buyApple = fill(DEMO, "it-1", Side.BUY, "10", AAPL, "187.25");
        FillExecuted buyMicrosoft = fill(DEMO, "it-2", Side.BUY, "5", MSFT, "410.10");
        FillExecuted sellApple = fill(DEMO, "it-3", Side.SELL, "4", AAPL, "190.50");
        FillExecuted buyAppleRepublished = new FillExecuted(UUID.randomUUID(), buyApple.occurredAt(), buyApple.correlationId(),
                DEMO, buyApple.tradeId(), buyApple.orderId(), null, null, AAPL, Side.BUY, buyApple.quantity(), buyApple.price(), "paper");

        send(buyApple);
        send(buyApple);                 // the same record delivered twice: the inbox drops it
        send(buyMicrosoft);
        send(buyAppleRepublished);      // the same trade under a new event id: applied_fills drops it
        send(sellApple);

        // cash = 100000.00 - 10 x 187.25 - 5 x 410.10 + 4 x 190.50, exactly
        Money expectedCash = Money.of("100000.00").minus(buyApple.notional()).minus(buyMicrosoft.notional()).plus(sellApple.notional());
        assertThat(expectedCash).isEqualTo(Money.of("96839.00"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode portfolio = getJson("/api/portfolio", DEMO);
            assertThat(portfolio.get("fills_applied").asLong()).isEqualTo(3);
            assertThat(portfolio.get("cash").asString()).isEqualTo(expectedCash.toJson());
        });
        assertThat(jdbc.sql("select count(*) from applied_fills where account = 'demo'").query(Long.class).single()).isEqualTo(3);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(meters.get("ts.portfolio.cash").tag("account", "demo").gauge().value()).isEqualTo(96839.0);
            assertThat(meters.get("ts.portfolio.pnl.realized").tag("account", "demo").gauge().value()).isEqualTo(13.0);
            assertThat(meters.get("ts.portfolio.fills.applied").tag("account", "demo").counters())
                    .extracting(Counter::count).containsOnly(1.0, 2.0).hasSize(2);   // opened (x2), reduced (x1)
        });

        JsonNode portfolio = getJson("/api/portfolio", DEMO);
        assertThat(portfolio.get("positions_count").asInt()).isEqualTo(2);
        // realised on the 4 AAPL sold: 4 x (190.50 - 187.25)
        assertThat(portfolio.get("realized_pnl").asString()).isEqualTo("13.00");
        assertThat(portfolio.get("starting_cash").asString()).isEqualTo("100000.00");

        JsonNode apple = getJson("/api/portfolio/positions/AAPL", DEMO);
        assertThat(apple.get("qty").asString()).isEqualTo("6");
        assertThat(apple.get("cost_basis").asString()).isEqualTo("1123.50");
        assertThat(apple.get("side").asString()).isEqualTo("long");
        assertThat(apple.get("market_price").asString()).isEqualTo("190.50");   // no quote yet: last fill price
        JsonNode microsoft = getJson("/api/portfolio/positions/MSFT", DEMO);
        assertThat(microsoft.get("qty").asString()).isEqualTo("5");

        // snapshots: version increases with every publication, fillsApplied counts the fills
        await().atMost(PATIENCE).untilAsserted(() -> {
            pollSnapshots();
            assertThat(snapshotsOf(DEMO)).extracting(AccountSnapshot::fillsApplied).contains(1L, 2L, 3L);
        });
        assertStrictlyIncreasingVersions(snapshotsOf(DEMO));
        AccountSnapshot afterThirdFill = snapshotsOf(DEMO).stream().filter(s -> s.fillsApplied() == 3).findFirst().orElseThrow();
        assertThat(afterThirdFill.cash()).isEqualTo(expectedCash);
        assertThat(afterThirdFill.buyingPower()).isEqualTo(expectedCash);
        assertThat(afterThirdFill.realizedPnl()).isEqualTo(Money.of("13.00"));
        assertThat(afterThirdFill.positions()).extracting(p -> p.symbol().value(), p -> p.quantity())
                .containsExactly(tuple("AAPL", Quantity.of(6)),
                        tuple("MSFT", Quantity.of(5)));
        assertThat(snapshotsOf(DEMO)).filteredOn(s -> s.fillsApplied() == 3).hasSize(1);

        // a quote moves the mark; the scheduler publishes one fresh snapshot (not one per quote)
        send(quote(AAPL, "191.00"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            pollSnapshots();
            assertThat(snapshotsOf(DEMO)).anySatisfy(s -> {
                assertThat(s.fillsApplied()).isEqualTo(3);
                assertThat(s.positions()).anySatisfy(p -> {
                    assertThat(p.symbol()).isEqualTo(AAPL);
                    assertThat(p.marketPrice()).isEqualTo(Price.of("191.00"));
                    assertThat(p.unrealizedPnl()).isEqualTo(Money.of("22.50"));   // 6 x 191.00 - 1123.50
                });
            });
        });
        assertStrictlyIncreasingVersions(snapshotsOf(DEMO));
        JsonNode markedApple = getJson("/api/portfolio/positions/AAPL", DEMO);
        assertThat(markedApple.get("market_price").asString()).isEqualTo("191.00");
        assertThat(markedApple.get("unrealized_pl").asString()).isEqualTo("22.50");
        JsonNode marked = getJson("/api/portfolio", DEMO);
        // equity = cash + 6 x 191.00 + 5 x 410.10
        assertThat(marked.get("equity").asString()).isEqualTo("100035.50");
    }

    @Test
    void aPoisonFillGoesToTheDeadLetterTopicAndTheNextFillIsStillApplied() {
        try (Consumer<String, byte[]> deadLetters = new DefaultKafkaConsumerFactory<String, byte[]>(
                consumerProps("it-dlt-" + UUID.randomUUID()), new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            deadLetters.subscribe(List.of(Topic.FILLS.deadLetterTopic()));

            rawTemplate().send(Topic.FILLS_NAME, POISON_CHECK.value(), "{\"type\":\"FillExecuted\",\"quantity\":\"not-a-number\"")
                    .join();
            FillExecuted next = fill(POISON_CHECK, "it-poison-next", Side.BUY, "2", MSFT, "400.00");
            send(next);

            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(dead::add);
                assertThat(dead).anySatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).contains("not-a-number"));
            });
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode portfolio = getJson("/api/portfolio", POISON_CHECK);
                assertThat(portfolio.get("fills_applied").asLong()).isEqualTo(1);
                assertThat(portfolio.get("cash").asString()).isEqualTo("4200.00");
            });
        }
    }

    @Test
    void everyConfiguredAccountIsOpenedWithItsStartingCashAndAnnounced() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            pollSnapshots();
            assertThat(snapshots).anySatisfy(s -> {
                assertThat(s.accountId()).isEqualTo(POISON_CHECK);
                assertThat(s.version()).isEqualTo(1);
                assertThat(s.fillsApplied()).isZero();
                assertThat(s.cash()).isEqualTo(Money.of("5000.00"));
                assertThat(s.equity()).isEqualTo(Money.of("5000.00"));
            });
        });
    }

    private JsonNode getJson(String path, AccountId account) {
        var result = mvc.get().uri(path).header("Authorization", TestJwt.bearer(account, Roles.VIEWER)).exchange();
        assertThat(result).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private void pollSnapshots() {
        snapshotConsumer.poll(Duration.ofMillis(200)).forEach(r -> snapshots.add((AccountSnapshot) r.value()));
    }

    private List<AccountSnapshot> snapshotsOf(AccountId account) {
        return snapshots.stream().filter(s -> s.accountId().equals(account)).toList();
    }

    private static void assertStrictlyIncreasingVersions(List<AccountSnapshot> ordered) {
        for (int i = 1; i < ordered.size(); i++) {
            assertThat(ordered.get(i).version()).as("version of snapshot #" + i).isGreaterThan(ordered.get(i - 1).version());
            assertThat(ordered.get(i).fillsApplied()).isGreaterThanOrEqualTo(ordered.get(i - 1).fillsApplied());
        }
    }

    private void send(Event event) {
        events.send(Topic.of(event).topicName(), event.partitionKey(), event).join();
    }

    private KafkaTemplate<String, String> rawTemplate() {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    private Map<String, Object> consumerProps(String group) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    private static FillExecuted fill(AccountId account, String tradeId, Side side, String qty, Symbol symbol, String price) {
        return new FillExecuted(UUID.randomUUID(), Instant.now(), "corr-" + tradeId, account, TradeId.of(tradeId),
                OrderId.of("ord-" + tradeId), null, null, symbol, side, Quantity.of(qty), Price.of(price), "paper");
    }

    private static QuoteUpdated quote(Symbol symbol, String last) {
        Price price = Price.of(last);
        return new QuoteUpdated(UUID.randomUUID(), Instant.now(), null, symbol, price, price, Quantity.of(100), Quantity.of(100),
                price, Instant.now());
    }
}
