package io.tradingsuite.execution.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderAccepted;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.events.OrderExpired;
import io.tradingsuite.common.events.TradingStateChanged;
import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.execution.order.DayOrderExpiry;
import io.tradingsuite.execution.venue.QuoteBook;
import io.tradingsuite.common.events.OrderFilled;
import io.tradingsuite.common.events.OrderEvent;
import io.tradingsuite.common.events.OrderReplaced;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.common.validation.AssetLookup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The execution service's order path end to end against a real broker and PostgreSQL: REST entry, risk's decision,
 * a quote, the fill, and the published events; cancel, cancel-all and replace through REST; the kill switch from
 * {@code risk.limits.v1}; ioc and day-order expiry; the list filters. Subclasses provide the infrastructure (embedded Kafka + local
 * PostgreSQL, or Testcontainers). Risk and market data are played by this test through their topics.
 */
@SpringBootTest(properties = "ts.execution.decision-wait=5s")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OrderFlowScenarios.TestAssets.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrderFlowScenarios {

    static final Symbol AAPL = Symbol.of("AAPL");

    @TestConfiguration
    static class TestAssets {
        @Bean
        AssetLookup testAssets() {
            return symbol -> symbol.equals(AAPL)
                    ? Optional.of(new Asset(AAPL, "Apple", "us_equity", "NASDAQ", true, true, true, Quantity.of(1),
                            Price.of("0.01")))
                    : Optional.empty();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaConnectionDetails kafkaConnection;

    @Autowired
    QuoteBook quoteBook;

    @Autowired
    DayOrderExpiry dayOrderExpiry;

    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    @BeforeAll
    void connect() {
        String bootstrapServers = String.join(",", kafkaConnection.getBootstrapServers());
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "execution-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topic.ORDER_REQUESTS_NAME, Topic.ORDER_EVENTS_NAME, Topic.FILLS_NAME,
                Topic.ORDER_DECISIONS.deadLetterTopic()));
    }

    @AfterAll
    void disconnect() {
        consumer.close();
        producer.close();
    }

    // ---- scenarios -------------------------------------------------------------------------------------------

    @Test
    void anApprovedManualOrderFillsAtTheAskPlusSlippageAndIsPublishedOnce() {
        AccountId account = AccountId.of("it-fill");
        send(Topic.QUOTES_NAME, "AAPL", quote("99.98", "100.00"));
        await().atMost(Duration.ofSeconds(20)).until(() -> quoteBook.latest(AAPL)
                .filter(q -> q.ask().equals(Price.of("100.00"))).isPresent());
        CompletableFuture<MvcTestResult> post = postAsync(account, """
                {"symbol": "AAPL", "qty": "10", "side": "buy", "type": "market", "time_in_force": "day",
                 "client_order_id": "it-buy-1"}
                """);
        OrderRequested request = awaitEvent(OrderRequested.class,
                r -> r.accountId().equals(account) && r.order().clientOrderId().value().equals("it-buy-1"));
        assertThat(request.order().source()).isEqualTo(OrderSource.MANUAL);
        OrderApproved approval = approve(request.accountId(), request.eventId(), request.order());
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approval);

        MvcTestResult placed = post.join();
        assertThat(placed).hasStatus(200);
        // the paper venue matches an accepted order against the latest quote in the accepting transaction
        assertThat(placed).bodyJson().extractingPath("$.status").isEqualTo("filled");
        String orderId = orderIdOf(account, "it-buy-1");
        awaitEvent(OrderAccepted.class, e -> e.orderId().value().equals(orderId));

        FillExecuted fill = awaitEvent(FillExecuted.class, f -> f.orderId().value().equals(orderId));
        assertThat(fill.price()).isEqualTo(Price.of("100.02"));
        assertThat(fill.quantity()).isEqualTo(Quantity.of(10));
        assertThat(fill.tradeId().value()).isEqualTo(orderId + "-1");
        OrderFilled filled = awaitEvent(OrderFilled.class, e -> e.orderId().value().equals(orderId));
        assertThat(filled.averageFillPrice()).isEqualTo(Price.of("100.02"));
        assertThat(filled.filledQuantity()).isEqualTo(Quantity.of(10));

        assertThat(get(account, "/api/orders/" + orderId)).bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "status": "filled", "filled_qty": "10", "filled_avg_price": "100.02", "qty": "10"}
                """.formatted(orderId));

        // the same approval redelivered, and a second approval for the same client order id: nothing new
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approval);
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approve(account, request.eventId(), request.order()));
        send(Topic.QUOTES_NAME, "AAPL", quote("99.97", "99.99"));
        // a later bot order on the same partition proves the duplicates were processed before it
        OrderTicket marker = ticket("it-marker-1", BotId.of("bot-1"));
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approve(account, UUID.randomUUID(), marker));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statusOf(account, "it-marker-1")).contains("new"));
        assertThat(jdbc.sql("select count(*) from orders where account_id = :a and client_order_id = 'it-buy-1'")
                .param("a", account.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from fills where order_id = :id").param("id", orderId)
                .query(Long.class).single()).isEqualTo(1);

        // a repeated POST with the same client order id returns the same order
        MvcTestResult repeat = postAsync(account, """
                {"symbol": "AAPL", "qty": "10", "side": "buy", "type": "market", "time_in_force": "day",
                 "client_order_id": "it-buy-1"}
                """).join();
        assertThat(repeat).hasStatus(200);
        assertThat(repeat).bodyJson().extractingPath("$.id").isEqualTo(orderId);
        assertThat(repeat).bodyJson().extractingPath("$.status").isEqualTo("filled");
    }

    @Test
    void aDenialWithinTheWaitIsA403WithTheReasonCodeAndTheOrderIsStoredDenied() {
        AccountId account = AccountId.of("it-deny");
        CompletableFuture<MvcTestResult> post = postAsync(account, """
                {"symbol": "AAPL", "qty": 5, "side": "buy", "type": "limit", "time_in_force": "day",
                 "limit_price": 187.25, "client_order_id": "it-deny-1"}
                """);
        OrderRequested request = awaitEvent(OrderRequested.class,
                r -> r.accountId().equals(account) && r.order().clientOrderId().value().equals("it-deny-1"));
        send(Topic.ORDER_DECISIONS_NAME, account.value(), new OrderDenied(UUID.randomUUID(), Instant.now(),
                request.correlationId(), account, request.eventId(), request.order(), "MaxNotionalPerOrder",
                "RISK_MAX_NOTIONAL", "notional 936.25 above the limit 500.00", 1));

        MvcTestResult denied = post.join();
        assertThat(denied).hasStatus(403);
        assertThat(denied).bodyJson().extractingPath("$.code").isEqualTo("RISK_MAX_NOTIONAL");
        assertThat(denied).bodyJson().extractingPath("$.detail").isEqualTo("notional 936.25 above the limit 500.00");
        assertThat(get(account, "/api/orders:by_client_order_id?client_order_id=it-deny-1")).bodyJson()
                .isLenientlyEqualTo("""
                        {"status": "denied", "reason_code": "RISK_MAX_NOTIONAL", "limit_price": "187.25", "qty": "5"}
                        """);
    }

    @Test
    void aPoisonDecisionGoesToTheDeadLetterTopicAndProcessingContinues() {
        AccountId account = AccountId.of("it-poison");
        producer.send(new ProducerRecord<>(Topic.ORDER_DECISIONS_NAME, account.value(), "{\"type\":\"OrderApproved\",broken"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            poll();
            assertThat(received).anySatisfy(r -> {
                assertThat(r.topic()).isEqualTo(Topic.ORDER_DECISIONS.deadLetterTopic());
                assertThat(r.value()).contains("broken");
            });
        });

        send(Topic.ORDER_DECISIONS_NAME, account.value(),
                approve(account, UUID.randomUUID(), ticket("it-after-poison", BotId.of("bot-2"))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statusOf(account, "it-after-poison")).contains("new"));
    }

    @Test
    void aWorkingOrderIsCanceledOnceAndThenIsNotCancelable() {
        AccountId account = AccountId.of("it-cancel");
        String orderId = placeApproved(account, "it-cancel-1", "1.00");

        assertThat(delete(account, "/api/orders/" + orderId)).hasStatus(204);

        OrderCanceled canceled = awaitEvent(OrderCanceled.class, e -> e.orderId().value().equals(orderId));
        assertThat(canceled.reason()).isEqualTo("canceled by the owner");
        assertThat(canceled.filledQuantity()).isEqualTo(Quantity.ZERO);
        assertThat(statusOf(account, "it-cancel-1")).contains("canceled");
        MvcTestResult again = delete(account, "/api/orders/" + orderId);
        assertThat(again).hasStatus(422);
        assertThat(again).bodyJson().extractingPath("$.status").isEqualTo(422);
        assertThat(again).bodyJson().extractingPath("$.order_status").isEqualTo("canceled");
        assertThat(delete(account, "/api/orders/no-such-order")).hasStatus(404);
        assertThat(delete(AccountId.of("it-someone-else"), "/api/orders/" + orderId)).hasStatus(404);
    }

    @Test
    void cancelAllCancelsEveryOpenOrderOfTheCallerOnlyAndListsThem() {
        AccountId account = AccountId.of("it-cancel-all");
        String first = placeApproved(account, "it-ca-1", "1.00");
        String second = placeApproved(account, "it-ca-2", "1.01");
        String other = placeApproved(AccountId.of("it-cancel-all-other"), "it-ca-3", "1.00");

        MvcTestResult result = mvc.delete().uri("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "TRADER")).exchange();

        assertThat(result).hasStatus(207);
        assertThat(result).bodyJson().extractingPath("$[*].id").asArray().containsExactlyInAnyOrder(first, second);
        assertThat(result).bodyJson().extractingPath("$[*].status").asArray().containsOnly(200);
        assertThat(result).bodyJson().extractingPath("$[*].body.status").asArray().containsOnly("canceled");
        awaitEvent(OrderCanceled.class, e -> e.orderId().value().equals(first));
        awaitEvent(OrderCanceled.class, e -> e.orderId().value().equals(second));
        assertThat(statusOf(AccountId.of("it-cancel-all-other"), "it-ca-3")).contains("new");
        assertThat(other).isNotBlank();
    }

    @Test
    void anApprovedReplacementReplacesTheOriginalAndLinksBoth() {
        AccountId account = AccountId.of("it-replace");
        String originalId = placeApproved(account, "it-rep-1", "1.00");

        CompletableFuture<MvcTestResult> patch = patchAsync(account, "/api/orders/" + originalId, """
                {"qty": 3, "limit_price": "1.05", "client_order_id": "it-rep-2"}
                """);
        OrderRequested request = awaitEvent(OrderRequested.class,
                r -> r.accountId().equals(account) && r.order().clientOrderId().value().equals("it-rep-2"));
        assertThat(request.order().quantity()).isEqualTo(Quantity.of(3));
        assertThat(request.order().limitPrice()).isEqualTo(Price.of("1.05"));
        assertThat(request.order().source()).isEqualTo(OrderSource.MANUAL);
        assertThat(request.replaces()).as("risk decides it net of the original").isEqualTo(ClientOrderId.of("it-rep-1"));
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approve(account, request.eventId(), request.order()));

        MvcTestResult replaced = patch.join();
        assertThat(replaced).hasStatus(200);
        assertThat(replaced).bodyJson().isLenientlyEqualTo("""
                {"status": "new", "replaces": "%s", "qty": "3", "limit_price": "1.05", "client_order_id": "it-rep-2"}
                """.formatted(originalId));
        String replacementId = orderIdOf(account, "it-rep-2");
        assertThat(get(account, "/api/orders/" + originalId)).bodyJson().isLenientlyEqualTo("""
                {"status": "replaced", "replaced_by": "%s"}
                """.formatted(replacementId));
        OrderReplaced originalEnded = awaitEvent(OrderReplaced.class, e -> e.orderId().value().equals(originalId));
        assertThat(originalEnded.clientOrderId()).isEqualTo(ClientOrderId.of("it-rep-1"));
        assertThat(originalEnded.replacedBy().value()).isEqualTo(replacementId);
        assertThat(originalEnded.replacedByClientOrderId()).isEqualTo(ClientOrderId.of("it-rep-2"));
        assertThat(originalEnded.filledQuantity()).isEqualTo(Quantity.ZERO);
        assertThat(originalEnded.accountId()).isEqualTo(account);
        assertThat(originalEnded.correlationId()).isEqualTo(request.correlationId());
        awaitEvent(OrderAccepted.class, e -> e.orderId().value().equals(replacementId));
        poll();
        assertThat(received.stream().filter(r -> r.topic().equals(Topic.ORDER_EVENTS_NAME))
                .map(r -> (OrderEvent) EventJson.read(Topic.ORDER_EVENTS,
                        r.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .filter(e -> e.orderId().value().equals(originalId) && e.terminal()))
                .as("the original ends once, as replaced, never as canceled")
                .singleElement().isInstanceOf(OrderReplaced.class);
        assertThat(delete(account, "/api/orders/" + originalId)).hasStatus(422);
    }

    @Test
    void cancelAllEndsAnOrderWaitingForItsReplacementsDecisionAndTheReplacement() {
        AccountId account = AccountId.of("it-cancel-all-pending");
        String originalId = placeApproved(account, "it-cap-1", "1.00");
        CompletableFuture<MvcTestResult> patch = patchAsync(account, "/api/orders/" + originalId, """
                {"limit_price": "1.01", "client_order_id": "it-cap-2"}
                """);
        awaitEvent(OrderRequested.class,
                r -> r.accountId().equals(account) && r.order().clientOrderId().value().equals("it-cap-2"));
        assertThat(patch.join()).hasStatus(202);
        assertThat(statusOf(account, "it-cap-1")).contains("pending_replace");

        MvcTestResult result = mvc.delete().uri("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "TRADER")).exchange();

        assertThat(result).hasStatus(207);
        assertThat(result).bodyJson().extractingPath("$[*].status").asArray().hasSize(2).containsOnly(200);
        assertThat(statusOf(account, "it-cap-1")).contains("canceled");
        assertThat(statusOf(account, "it-cap-2")).contains("canceled");
    }

    @Test
    void aDeniedReplacementLeavesTheOriginalWorking() {
        AccountId account = AccountId.of("it-replace-denied");
        String originalId = placeApproved(account, "it-repd-1", "1.00");

        CompletableFuture<MvcTestResult> patch = patchAsync(account, "/api/orders/" + originalId, """
                {"qty": "5000", "client_order_id": "it-repd-2"}
                """);
        OrderRequested request = awaitEvent(OrderRequested.class,
                r -> r.accountId().equals(account) && r.order().clientOrderId().value().equals("it-repd-2"));
        send(Topic.ORDER_DECISIONS_NAME, account.value(), new OrderDenied(UUID.randomUUID(), Instant.now(),
                request.correlationId(), account, request.eventId(), request.order(), "MaxNotionalPerOrder",
                "RISK_MAX_NOTIONAL", "too big", 1));

        MvcTestResult denied = patch.join();
        assertThat(denied).hasStatus(403);
        assertThat(denied).bodyJson().extractingPath("$.code").isEqualTo("RISK_MAX_NOTIONAL");
        assertThat(get(account, "/api/orders/" + originalId)).bodyJson().isLenientlyEqualTo("""
                {"status": "new", "qty": "1"}
                """);
        assertThat(statusOf(account, "it-repd-2")).contains("denied");
        // an invalid replacement is refused before anything changes
        MvcTestResult invalid = patchAsync(account, "/api/orders/" + originalId, """
                {"stop_price": "0.9"}
                """).join();
        assertThat(invalid).hasStatus(400);
        assertThat(invalid).bodyJson().extractingPath("$.errors[0].field").isEqualTo("stop_price");
    }

    @Test
    void theKillSwitchCancelsEveryOpenOrderOfItsScopeOnly() {
        AccountId account = AccountId.of("it-kill");
        AccountId bystander = AccountId.of("it-kill-bystander");
        String first = placeApproved(account, "it-kill-1", "1.00");
        String second = placeApproved(account, "it-kill-2", "1.02");
        placeApproved(bystander, "it-kill-3", "1.00");

        send(Topic.LIMITS_NAME, "state/account:it-kill", new TradingStateChanged(UUID.randomUUID(), Instant.now(),
                null, "account:it-kill", 7, TradingState.HALTED, true, "daily loss limit", "risk-admin"));

        for (String id : List.of(first, second)) {
            OrderCanceled canceled = awaitEvent(OrderCanceled.class, e -> e.orderId().value().equals(id));
            assertThat(canceled.reason()).isEqualTo("kill switch");
            assertThat(canceled.accountId()).isEqualTo(account);
        }
        assertThat(statusOf(account, "it-kill-1")).contains("canceled");
        assertThat(statusOf(account, "it-kill-2")).contains("canceled");
        assertThat(statusOf(bystander, "it-kill-3")).contains("new");
    }

    @Test
    void anImmediateOrCancelOrderFillsTheDisplayedSizeAndTheRestIsCanceled() {
        AccountId account = AccountId.of("it-ioc");
        send(Topic.QUOTES_NAME, "AAPL", new QuoteUpdated(UUID.randomUUID(), Instant.now(), null, AAPL,
                Price.of("100.35"), Price.of("100.37"), Quantity.of(300), Quantity.of(300), Price.of("100.36"),
                Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> quoteBook.latest(AAPL)
                .filter(q -> q.ask().equals(Price.of("100.37"))).isPresent());

        String orderId = placeApproved(account, "it-ioc-1", """
                {"symbol": "AAPL", "qty": 1000, "side": "buy", "type": "market", "time_in_force": "ioc",
                 "client_order_id": "it-ioc-1"}
                """);

        FillExecuted fill = awaitEvent(FillExecuted.class, f -> f.orderId().value().equals(orderId));
        assertThat(fill.quantity()).isEqualTo(Quantity.of(300));
        OrderCanceled rest = awaitEvent(OrderCanceled.class, e -> e.orderId().value().equals(orderId));
        assertThat(rest.filledQuantity()).isEqualTo(Quantity.of(300));
        assertThat(rest.reason()).startsWith("ioc");
        assertThat(statusOf(account, "it-ioc-1")).contains("canceled");
    }

    @Test
    void aTrailingSellStopFollowsTheBidAndSellsWhenItFallsByTheTrail() {
        AccountId account = AccountId.of("it-trail");
        send(Topic.QUOTES_NAME, "AAPL", quote("120.00", "120.02"));
        await().atMost(Duration.ofSeconds(20)).until(() -> quoteBook.latest(AAPL)
                .filter(q -> q.ask().equals(Price.of("120.02"))).isPresent());

        String orderId = placeApproved(account, "it-trail-1", """
                {"symbol": "AAPL", "qty": 5, "side": "sell", "type": "trailing_stop", "time_in_force": "gtc",
                 "trail_price": "1.00", "client_order_id": "it-trail-1"}
                """);
        await().atMost(Duration.ofSeconds(20)).until(() -> watermarkOf(orderId).equals(Optional.of("120.00")));
        send(Topic.QUOTES_NAME, "AAPL", quote("121.00", "121.02"));
        await().atMost(Duration.ofSeconds(20)).until(() -> watermarkOf(orderId).equals(Optional.of("121.00")));

        assertThat(get(account, "/api/orders/" + orderId)).bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "type": "trailing_stop", "status": "new", "trail_price": "1.00", "hwm": "121.00",
                 "stop_price": "120.00"}
                """.formatted(orderId));

        send(Topic.QUOTES_NAME, "AAPL", quote("120.00", "120.02"));

        FillExecuted fill = awaitEvent(FillExecuted.class, f -> f.orderId().value().equals(orderId));
        assertThat(fill.quantity()).isEqualTo(Quantity.of(5));
        assertThat(fill.price().isAbove(Price.of("120.00"))).as("sold at the bid less slippage").isFalse();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statusOf(account, "it-trail-1")).contains("filled"));
        assertThat(watermarkOf(orderId)).contains("121.00");
        // leave the book where the other scenarios expect it
        send(Topic.QUOTES_NAME, "AAPL", quote("99.98", "100.00"));
        await().atMost(Duration.ofSeconds(20)).until(() -> quoteBook.latest(AAPL)
                .filter(q -> q.ask().equals(Price.of("100.00"))).isPresent());
    }

    private Optional<String> watermarkOf(String orderId) {
        return jdbc.sql("select trail_watermark from orders where id = :id").param("id", orderId)
                .query(java.math.BigDecimal.class).optional()
                .map(w -> w.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
    }

    @Test
    void aDayOrderPastItsSessionCloseExpires() {
        AccountId account = AccountId.of("it-expiry");
        String orderId = placeApproved(account, "it-exp-1", "1.00");
        jdbc.sql("update orders set expires_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(Instant.now().minusSeconds(1))).param("id", orderId).update();

        assertThat(dayOrderExpiry.expireDue()).isGreaterThanOrEqualTo(1);

        awaitEvent(OrderExpired.class, e -> e.orderId().value().equals(orderId));
        assertThat(statusOf(account, "it-exp-1")).contains("expired");
    }

    @Test
    void theOrderListFiltersBySymbolSideBotAndTimeInEitherDirection() {
        AccountId account = AccountId.of("it-list");
        String first = placeApproved(account, "it-list-1", "1.00");
        String second = placeApproved(account, "it-list-2", "1.01");
        send(Topic.ORDER_DECISIONS_NAME, account.value(),
                approve(account, UUID.randomUUID(), ticket("it-list-bot", BotId.of("bot-list"))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statusOf(account, "it-list-bot")).contains("new"));

        assertThat(get(account, "/api/orders?status=all&symbols=AAPL,MSFT&side=buy&direction=asc&limit=2"))
                .bodyJson().extractingPath("$[*].id").asArray().containsExactly(first, second);
        assertThat(get(account, "/api/orders?status=open&bot_id=bot-list")).bodyJson()
                .extractingPath("$[*].client_order_id").asArray().containsExactly("it-list-bot");
        assertThat(get(account, "/api/orders?status=all&side=sell")).bodyJson().extractingPath("$").asArray().isEmpty();
        assertThat(get(account, "/api/orders?status=all&until=2000-01-01")).bodyJson().extractingPath("$").asArray()
                .isEmpty();
        assertThat(get(account, "/api/orders?status=all&after=2000-01-01T00:00:00Z&limit=500")).bodyJson()
                .extractingPath("$").asArray().hasSize(3);
        assertThat(get(account, "/api/orders?direction=sideways")).hasStatus(400);
        assertThat(get(account, "/api/orders?side=hold")).hasStatus(400);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private String placeApproved(AccountId account, String clientOrderId, String limitPriceOrBody) {
        String body = limitPriceOrBody.trim().startsWith("{") ? limitPriceOrBody : """
                {"symbol": "AAPL", "qty": 1, "side": "buy", "type": "limit", "time_in_force": "day",
                 "limit_price": "%s", "client_order_id": "%s"}
                """.formatted(limitPriceOrBody, clientOrderId);
        CompletableFuture<MvcTestResult> post = postAsync(account, body);
        OrderRequested request = awaitEvent(OrderRequested.class,
                r -> r.accountId().equals(account) && r.order().clientOrderId().value().equals(clientOrderId));
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approve(account, request.eventId(), request.order()));
        assertThat(post.join()).hasStatus(200);
        return orderIdOf(account, clientOrderId);
    }

    private CompletableFuture<MvcTestResult> patchAsync(AccountId account, String uri, String body) {
        String bearer = TestJwt.bearer(account, "TRADER");
        return CompletableFuture.supplyAsync(() -> mvc.patch().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange());
    }

    private MvcTestResult delete(AccountId account, String uri) {
        return mvc.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "TRADER")).exchange();
    }


    private CompletableFuture<MvcTestResult> postAsync(AccountId account, String body) {
        String bearer = TestJwt.bearer(account, "TRADER");
        return CompletableFuture.supplyAsync(() -> mvc.post().uri("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange());
    }

    private MvcTestResult get(AccountId account, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "VIEWER")).exchange();
    }

    private String orderIdOf(AccountId account, String clientOrderId) {
        return jdbc.sql("select id from orders where account_id = :a and client_order_id = :c")
                .param("a", account.value()).param("c", clientOrderId).query(String.class).single();
    }

    private Optional<String> statusOf(AccountId account, String clientOrderId) {
        return jdbc.sql("select status from orders where account_id = :a and client_order_id = :c")
                .param("a", account.value()).param("c", clientOrderId).query(String.class).optional();
    }

    private static OrderTicket ticket(String clientOrderId, BotId bot) {
        return new OrderTicket(ClientOrderId.of(clientOrderId), AAPL, Side.BUY, OrderType.LIMIT, TimeInForce.DAY,
                Quantity.of(1), Price.of("1.00"), null, OrderSource.BOT, bot);
    }

    private static OrderApproved approve(AccountId account, UUID requestId, OrderTicket ticket) {
        return new OrderApproved(UUID.randomUUID(), Instant.now(), "corr-" + requestId, account, requestId, ticket,
                Price.of("100.00"), 1);
    }

    private static QuoteUpdated quote(String bid, String ask) {
        Instant now = Instant.now();
        return new QuoteUpdated(UUID.randomUUID(), now, null, AAPL, Price.of(bid), Price.of(ask), Quantity.of(500),
                Quantity.of(500), Price.of(ask), now);
    }

    private void send(String topic, String key, Event event) {
        producer.send(new ProducerRecord<>(topic, key, EventJson.writeString(event)));
        producer.flush();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
    }

    private <T extends Event> T awaitEvent(Class<T> type, Predicate<T> matching) {
        List<T> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            poll();
            found.clear();
            for (ConsumerRecord<String, String> r : received) {
                if (r.topic().endsWith(Topic.DEAD_LETTER_SUFFIX)) {
                    continue;
                }
                Event event = EventJson.read(Topic.ofName(r.topic()), r.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (type.isInstance(event) && matching.test(type.cast(event))) {
                    found.add(type.cast(event));
                }
            }
            assertThat(found).as("a %s on Kafka", type.getSimpleName()).isNotEmpty();
        });
        assertThat(found).as("exactly one matching %s", type.getSimpleName()).hasSize(1);
        return found.getFirst();
    }
}
