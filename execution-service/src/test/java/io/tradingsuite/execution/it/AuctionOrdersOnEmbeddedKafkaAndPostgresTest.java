package io.tradingsuite.execution.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.events.OrderDoneForDay;
import io.tradingsuite.common.events.OrderEvent;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.test.MutableClock;
import io.tradingsuite.common.test.PostgresTestDatabase;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.venue.PaperExecution;
import io.tradingsuite.execution.venue.PaperSessionBreaks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The paper venue's session-bound behaviour with a {@code us-equities} calendar and a hand-moved clock (Thursday
 * 2025-01-02, New York UTC-5: open 14:30Z, close 21:00Z; Friday 2025-01-03 the same), against the real order and
 * fill tables: opening and closing auctions, and gtc orders done for the day between sessions.
 */
@EmbeddedKafka(partitions = 1)
@SpringBootTest(properties = {"ts.execution.session.mode=us-equities", "ts.execution.expiry-check-interval=1h"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(AuctionOrdersOnEmbeddedKafkaAndPostgresTest.Fixtures.class)
class AuctionOrdersOnEmbeddedKafkaAndPostgresTest {

    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final AccountId ACCOUNT = AccountId.of("it-auction");

    @TestConfiguration(proxyBeanMethods = false)
    static class Fixtures {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2025-01-02T12:00:00Z"));
        }

        @Bean
        AssetLookup testAssets() {
            return symbol -> symbol.equals(MSFT) ? Optional.of(new Asset(MSFT, "Microsoft", "us_equity", "NASDAQ",
                    true, true, true, Quantity.of(1), Price.of("0.01"))) : Optional.empty();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("execution_auction_it").forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired
    MutableClock clock;
    @Autowired
    Clock injected;
    @Autowired
    OrderRepository orders;
    @Autowired
    PaperExecution paper;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaperSessionBreaks sessions;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    EmbeddedKafkaBroker broker;

    private String accepted(String clientOrderId, TimeInForce tif, OrderType type, String limit, long qty) {
        return accepted(ACCOUNT, clientOrderId, tif, type, limit, qty);
    }

    private String accepted(AccountId account, String clientOrderId, TimeInForce tif, OrderType type, String limit,
            long qty) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of(clientOrderId), MSFT, Side.BUY, type, tif,
                Quantity.of(qty), limit == null ? null : Price.of(limit), null, OrderSource.MANUAL, null);
        Order order = Order.request(OrderId.of(UUID.randomUUID().toString()), account, ticket, "corr", clock.instant());
        order.apply(new OrderUpdate.Accept(clock.instant()));
        orders.insert(order, UUID.randomUUID());
        return order.id().value();
    }

    private static Quote quote(String ask, long askSize) {
        return new Quote(MSFT, Price.of(new java.math.BigDecimal(ask).subtract(new java.math.BigDecimal("0.02"))), Price.of(ask), Quantity.of(100), Quantity.of(askSize),
                Instant.parse("2025-01-02T14:30:00Z"));
    }

    private String statusOf(String id) {
        return jdbc.sql("select status from orders where id = :id").param("id", id).query(String.class).single();
    }

    private long filledQty(String id) {
        return jdbc.sql("select coalesce(sum(qty), 0) from fills where order_id = :id").param("id", id)
                .query(java.math.BigDecimal.class).single().longValueExact();
    }

    @Test
    void theOpeningOrderWaitsForTheOpenAndCrossesWholeOnItsFirstQuoteWhileTheClosingOneWaitsForTheClose() {
        assertThat(injected.instant()).isEqualTo(clock.instant());
        clock.set(Instant.parse("2025-01-02T12:00:00Z"));
        String opg = accepted("it-opg-1", TimeInForce.OPG, OrderType.MARKET, null, 500);
        String opgLimit = accepted("it-opg-2", TimeInForce.OPG, OrderType.LIMIT, "300.00", 10);
        String cls = accepted("it-cls-1", TimeInForce.CLS, OrderType.MARKET, null, 40);

        paper.onQuote(quote("410.00", 5));
        assertThat(statusOf(opg)).as("before the open").isEqualTo("new");
        assertThat(filledQty(opg)).isZero();

        clock.set(Instant.parse("2025-01-02T14:30:00Z"));
        paper.onQuote(quote("410.00", 5));

        assertThat(statusOf(opg)).isEqualTo("filled");
        assertThat(filledQty(opg)).as("uncapped by the displayed 5").isEqualTo(500);
        assertThat(statusOf(opgLimit)).as("a limit that does not cross is canceled").isEqualTo("canceled");
        assertThat(statusOf(cls)).as("cls waits for the close").isEqualTo("new");

        clock.set(Instant.parse("2025-01-02T20:59:00Z"));
        paper.crossClosingAuctions();
        assertThat(statusOf(cls)).isEqualTo("new");

        clock.set(Instant.parse("2025-01-02T21:00:01Z"));
        paper.onQuote(quote("412.00", 5));
        assertThat(statusOf(cls)).as("quotes never cross a cls order").isEqualTo("new");
        paper.crossClosingAuctions();

        assertThat(statusOf(cls)).isEqualTo("filled");
        assertThat(filledQty(cls)).isEqualTo(40);
        paper.crossClosingAuctions();
        assertThat(filledQty(cls)).as("crossed once").isEqualTo(40);
    }

    @Test
    void aGtcOrderIsDoneForTheDayAtTheCloseDoesNotFillOvernightAndWorksAgainAtTheNextOpen() {
        AccountId account = AccountId.of("it-gtc");
        clock.set(Instant.parse("2025-01-02T15:00:00Z"));
        String resting = accepted(account, "it-gtc-1", TimeInForce.GTC, OrderType.LIMIT, "300.00", 10);
        String canceled = accepted(account, "it-gtc-2", TimeInForce.GTC, OrderType.LIMIT, "300.00", 10);
        assertThat(sessions.sweep()).as("in the session nothing changes").isZero();

        clock.set(Instant.parse("2025-01-02T21:00:01Z"));
        assertThat(sessions.sweep()).isEqualTo(2);
        assertThat(statusOf(resting)).isEqualTo("done_for_day");
        assertThat(mvc.get().uri("/api/orders?status=done_for_day")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "VIEWER")).exchange())
                .bodyJson().extractingPath("$[*].client_order_id").asArray()
                .containsExactlyInAnyOrder("it-gtc-1", "it-gtc-2");
        assertThat(mvc.get().uri("/api/orders?status=open")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "VIEWER")).exchange())
                .bodyJson().extractingPath("$[*].status").asArray().containsOnly("done_for_day");
        assertThat(mvc.get().uri("/api/orders?status=resting")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "VIEWER")).exchange()).hasStatus(400);
        OrderDoneForDay done = awaitOrderEvent(OrderDoneForDay.class, resting);
        assertThat(done.filledQuantity()).isEqualTo(Quantity.ZERO);
        assertThat(done.clientOrderId()).isEqualTo(ClientOrderId.of("it-gtc-1"));
        assertThat(sessions.sweep()).as("once").isZero();

        clock.set(Instant.parse("2025-01-02T21:30:00Z"));
        String afterHours = accepted(account, "it-gtc-3", TimeInForce.GTC, OrderType.LIMIT, "100.00", 10);
        assertThat(sessions.sweep()).as("entered after the close: it belongs to the next session").isZero();
        paper.onQuote(quote("299.00", 100));
        assertThat(statusOf(resting)).as("done for the day: not matched").isEqualTo("done_for_day");
        assertThat(filledQty(resting)).isZero();

        assertThat(mvc.delete().uri("/api/orders/" + canceled)
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "TRADER")).exchange()).hasStatus(204);
        assertThat(statusOf(canceled)).isEqualTo("canceled");
        awaitOrderEvent(OrderCanceled.class, canceled);

        clock.set(Instant.parse("2025-01-03T14:30:00Z"));
        assertThat(sessions.sweep()).as("the next open resumes it").isEqualTo(1);
        assertThat(statusOf(resting)).isEqualTo("new");
        paper.onQuote(quote("299.00", 100));
        assertThat(statusOf(resting)).isEqualTo("filled");
        assertThat(filledQty(resting)).isEqualTo(10);

        clock.set(Instant.parse("2025-01-03T21:00:01Z"));
        assertThat(sessions.sweep()).as("the after-hours order's session has closed now").isEqualTo(1);
        assertThat(statusOf(afterHours)).isEqualTo("done_for_day");
    }

    private <T extends OrderEvent> T awaitOrderEvent(Class<T> type, String orderId) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "it-gtc-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<T> found = new ArrayList<>();
        try (Consumer<String, String> consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(props,
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topic.ORDER_EVENTS_NAME));
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    OrderEvent event = (OrderEvent) EventJson.read(Topic.ORDER_EVENTS, r.value().getBytes(StandardCharsets.UTF_8));
                    if (type.isInstance(event) && event.orderId().value().equals(orderId)) {
                        found.add(type.cast(event));
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.getFirst();
    }
}
