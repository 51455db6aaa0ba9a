package io.tradingsuite.execution.it;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.test.PostgresTestDatabase;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.order.DecisionProcessor;
import io.tradingsuite.execution.order.OrderCancellation;
import io.tradingsuite.execution.order.OrderEntry;
import io.tradingsuite.execution.order.OrderReplacement;
import io.tradingsuite.execution.order.VenueNotReadyException;
import io.tradingsuite.common.validation.OrderDraft;
import io.tradingsuite.common.validation.OrderRequestValidator;
import io.tradingsuite.execution.order.ReplaceChanges;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.venue.OrderRouting;
import io.tradingsuite.execution.venue.VenueExecution;
import io.tradingsuite.execution.venue.VenueFills;
import io.tradingsuite.execution.venue.alpaca.AlpacaFake;
import io.tradingsuite.execution.venue.alpaca.AlpacaReconciliation;
import io.tradingsuite.execution.venue.alpaca.AlpacaTradeStream;
import io.tradingsuite.execution.venue.alpaca.LoopbackWebSocketServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with {@code ts.execution.venue=alpaca} against the stateful Alpaca stub (WireMock + loopback
 * {@code trade_updates}), embedded Kafka and the local PostgreSQL: approved orders reach Alpaca with our order id as
 * client order id, fills from the stream land once in the order table, and the startup reconciliation holds orders
 * until it has adopted the broker's state and flagged what it does not know.
 */
@SpringBootTest(properties = {"ts.execution.venue=alpaca", "ts.execution.alpaca.reconcile-retry=1h",
        "ts.execution.decision-wait=100ms"})
@ActiveProfiles("test")
@EmbeddedKafka(partitions = 1)
class AlpacaVenueOnEmbeddedKafkaAndPostgresTest {

    static final AccountId ACCOUNT = AccountId.of("alpaca-it");
    static final LoopbackWebSocketServer WS;
    static final AlpacaFake FAKE;
    static final WireMockServer HTTP;

    static {
        try {
            WS = LoopbackWebSocketServer.alpacaLike(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FAKE = new AlpacaFake(WS);
        HTTP = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(FAKE));
        HTTP.start();
        HTTP.stubFor(any(anyUrl()).willReturn(ok()));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.springProperties("execution_alpaca_it").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("ts.execution.alpaca.paper.api-url", HTTP::baseUrl);
        registry.add("ts.execution.alpaca.paper.stream-url", () -> WS.uri().toString());
        registry.add("ts.execution.alpaca.reconnect-delay", () -> "200ms");
    }

    @TestConfiguration
    @Import(OrderFlowScenarios.TestAssets.class)
    static class PaperKeysAndAssets {
        @Bean
        Secrets alpacaTestSecrets() {
            return new Secrets(Map.of("ALPACA_PAPER_KEY_ID", "PKTEST", "ALPACA_PAPER_SECRET_KEY", "it-secret"));
        }
    }

    @Autowired
    DecisionProcessor decisions;
    @Autowired
    OrderRouting routing;
    @Autowired
    OrderRepository orders;
    @Autowired
    AlpacaReconciliation reconciliation;
    @Autowired
    AlpacaTradeStream stream;
    @Autowired
    VenueFills fills;
    @Autowired
    OrderCancellation cancellation;
    @Autowired
    OrderReplacement replacements;
    @Autowired
    OrderEntry entry;
    @Autowired
    OrderRequestValidator validator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Map<String, HealthIndicator> health;

    @AfterAll
    static void stopStub() throws IOException {
        HTTP.stop();
        WS.close();
    }

    static OrderApproved approved(OrderType type, String qty, String limit) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of("it-" + UUID.randomUUID()), Symbol.of("AAPL"), Side.BUY,
                type, TimeInForce.DAY, Quantity.of(qty), limit == null ? null : Price.of(limit), null,
                OrderSource.MANUAL, null);
        return new OrderApproved(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), ACCOUNT,
                UUID.randomUUID(), ticket, Price.of("100.00"), 1);
    }

    /** What the Kafka listener does with a decision: record it, then hand a new order to the venue. */
    Order decide(OrderApproved approved) {
        Order order = decisions.handle(approved).orElseThrow();
        routing.orderWorking(order);
        return order;
    }

    Order reload(Order order) {
        return orders.find(ACCOUNT, order.id()).orElseThrow();
    }

    long fillRows(Order order) {
        return jdbc.sql("select count(*) from fills where order_id = :id and venue = 'alpaca'")
                .param("id", order.id().value()).query(Long.class).single();
    }

    @Test
    void anApprovedOrderGoesToAlpacaAndItsFillLandsOnce() {
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciliation.ready() && stream.listening());

        Order order = decide(approved(OrderType.MARKET, "10", null));

        assertThat(FAKE.has(order.id().value())).as("Alpaca's client_order_id is our order id").isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> reload(order).status() == OrderStatus.FILLED);
        Order filled = reload(order);
        assertThat(filled.filledQuantity()).isEqualTo(Quantity.of(10));
        assertThat(filled.averageFillPrice()).contains(Price.of("100.00"));
        assertThat(fillRows(order)).isEqualTo(1);

        String tradeId = jdbc.sql("select trade_id from fills where order_id = :id").param("id", order.id().value())
                .query(String.class).single();
        fills.onFill(new VenueExecution(TradeId.of(tradeId), ClientOrderId.of(order.id().value()), "x",
                Quantity.of(10), Price.of("100.00"), Instant.now()));
        assertThat(fillRows(order)).as("a replayed execution is not applied twice").isEqualTo(1);
        assertThat(meters.get("ts.execution.venue.unapplied.fills").counter().count())
                .as("a replay is not an execution for a closed order").isZero();
    }

    @Test
    void anOwnersCancelIsForwardedAndEndsWhenAlpacaConfirms() {
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciliation.ready() && stream.listening());
        Order resting = decide(approved(OrderType.LIMIT, "5", "90.00"));
        assertThat(reload(resting).status()).isEqualTo(OrderStatus.NEW);

        var result = cancellation.cancel(ACCOUNT, resting.id(), "owner");

        assertThat(result.outcome()).isEqualTo(OrderCancellation.Outcome.CANCELED);
        await().atMost(Duration.ofSeconds(10)).until(() -> reload(resting).status() == OrderStatus.CANCELED);
        HTTP.verify(1, com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v2/orders/.+")));
    }

    @Test
    void anOrderAlpacaIsDoneWithForTheDayIsDoneForDayHereAndCanStillBeCanceled() {
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciliation.ready() && stream.listening());
        Order resting = decide(approved(OrderType.LIMIT, "5", "90.00"));

        FAKE.doneForDay(resting.id().value());

        await().atMost(Duration.ofSeconds(10)).until(() -> reload(resting).status() == OrderStatus.DONE_FOR_DAY);
        var result = cancellation.cancel(ACCOUNT, resting.id(), "owner");
        assertThat(result.outcome()).isEqualTo(OrderCancellation.Outcome.CANCELED);
        await().atMost(Duration.ofSeconds(10)).until(() -> reload(resting).status() == OrderStatus.CANCELED);
        assertThat(FAKE.statusOf(resting.id().value())).isEqualTo("canceled");
    }

    @Test
    void anOrderAlpacaRejectsAfterAcceptingItIsRejectedHereNotCanceled() {
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciliation.ready() && stream.listening());
        Order resting = decide(approved(OrderType.LIMIT, "5", "90.00"));
        assertThat(reload(resting).status()).isEqualTo(OrderStatus.NEW);

        FAKE.reject(resting.id().value());

        await().atMost(Duration.ofSeconds(10)).until(() -> reload(resting).status() == OrderStatus.REJECTED);
        assertThat(reload(resting).reasonCode()).contains("VENUE_REJECTED");
    }

    @Test
    void anApprovedReplacementIsSentAsAPatchOfTheOriginal() {
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciliation.ready() && stream.listening());
        Order original = decide(approved(OrderType.LIMIT, "5", "90.00"));
        ClientOrderId next = ClientOrderId.of("it-" + UUID.randomUUID());

        replacements.replace(ACCOUNT, original.id(), new ReplaceChanges(null, Price.of("91.00"), null, null, next));
        Order pending = orders.findByClientOrderId(ACCOUNT, next).orElseThrow();
        assertThat(pending.status()).isEqualTo(OrderStatus.PENDING_NEW);
        // risk approves the replacement
        Order replacement = decide(new OrderApproved(UUID.randomUUID(), Instant.now(), pending.correlationId(),
                ACCOUNT, UUID.randomUUID(), pending.ticket(), Price.of("100.00"), 1));

        assertThat(reload(original).status()).isEqualTo(OrderStatus.REPLACED);
        assertThat(reload(original).replacedBy()).contains(replacement.id());
        assertThat(reload(replacement).status()).isEqualTo(OrderStatus.NEW);
        assertThat(FAKE.statusOf(original.id().value())).isEqualTo("replaced");
        assertThat(FAKE.statusOf(replacement.id().value())).isEqualTo("new");
        HTTP.verify(1, com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v2/orders/.+")));
    }

    @Test
    void untilReconciledOrdersAreRefusedThenTheBrokersStateIsAdoptedAndUnknownOrdersFlagged() {
        await().atMost(Duration.ofSeconds(20)).until(reconciliation::ready);
        reconciliation.invalidate("test: broker state changed");

        assertThatThrownBy(() -> entry.place(ACCOUNT, validator.validate(new OrderDraft("AAPL", "1", "buy", "limit",
                "day", "90.00", null, null))))
                .as("manual entry is refused up front").isInstanceOf(VenueNotReadyException.class)
                .hasMessageStartingWith("VENUE_NOT_RECONCILED");
        Order refused = decide(approved(OrderType.LIMIT, "1", "90.00"));
        assertThat(reload(refused).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(reload(refused).reasonDetail()).hasValueSatisfying(r -> assertThat(r).startsWith("VENUE_NOT_RECONCILED"));
        assertThat(health.get("alpacaVenueHealthIndicator").health(false).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(FAKE.has(refused.id().value())).isFalse();

        // orders that are new here but whose state at Alpaca moved on while we were not listening
        Order partly = decisions.handle(approved(OrderType.LIMIT, "10", "101.00")).orElseThrow();
        Order canceled = decisions.handle(approved(OrderType.LIMIT, "5", "90.00")).orElseThrow();
        Order neverSent = decisions.handle(approved(OrderType.LIMIT, "3", "90.00")).orElseThrow();
        FAKE.seed(partly.id().value(), "buy", "limit", "10", "101.00", "partially_filled", "4", "100.5");
        FAKE.seed(canceled.id().value(), "buy", "limit", "5", "90.00", "canceled", "0", null);
        FAKE.seed("someone-elses-order", "sell", "limit", "2", "120.00", "new", "0", null);

        reconciliation.run();

        assertThat(reconciliation.ready()).isTrue();
        assertThat(reload(partly).status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(reload(partly).filledQuantity()).isEqualTo(Quantity.of(4));
        assertThat(reload(partly).averageFillPrice()).contains(Price.of("100.5"));
        assertThat(fillRows(partly)).isEqualTo(1);
        assertThat(reload(canceled).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(FAKE.has(neverSent.id().value())).as("a new order Alpaca never got is sent").isTrue();
        assertThat(reload(neverSent).status()).isEqualTo(OrderStatus.NEW);
        var result = reconciliation.lastResult().orElseThrow();
        assertThat(result.unknownAtVenue()).singleElement().asString().startsWith("someone-elses-order");
        assertThat(result.adopted()).isEqualTo(3);
        assertThat(health.get("alpacaVenueHealthIndicator").health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(meters.get("ts.execution.venue.reconciled").gauge().value()).isEqualTo(1.0);

        // a second run finds nothing to adopt: the states match
        reconciliation.run();
        assertThat(reconciliation.lastResult().orElseThrow().adopted()).isZero();
    }
}
