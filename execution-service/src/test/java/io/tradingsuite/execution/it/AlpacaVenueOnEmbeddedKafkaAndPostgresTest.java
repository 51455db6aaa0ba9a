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
import io.tradingsuite.execution.orderclass.OrderClassEntry;
import io.tradingsuite.execution.orderclass.LegReplacement;
import io.tradingsuite.common.validation.OrderClassDraft;
import io.tradingsuite.common.events.OrderDenied;
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
    OrderClassEntry classEntry;
    @Autowired
    LegReplacement legs;
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
        int deletesBefore = deletes();

        var result = cancellation.cancel(ACCOUNT, resting.id(), "owner");

        assertThat(result.outcome()).isEqualTo(OrderCancellation.Outcome.CANCELED);
        await().atMost(Duration.ofSeconds(10)).until(() -> reload(resting).status() == OrderStatus.CANCELED);
        assertThat(deletes() - deletesBefore).as("one DELETE /v2/orders/{id}").isEqualTo(1);
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

    /**
     * Places a buy bracket of 10 AAPL with a marketable limit entry (the fake fills it at the ask, 100.00), approves
     * the entry and waits until its fill released both exits to risk; answers the two exits, take-profit first.
     */
    Order[] bracketWithReleasedExits(String clientOrderId) {
        var order = validator.validate(new OrderDraft("AAPL", "10", "buy", "limit", "gtc", "100.00", null,
                clientOrderId), new OrderClassDraft("bracket", true, "105.00", true, "95.00", null));
        Order primary = classEntry.place(ACCOUNT, order).order();
        assertThat(primary.status()).as("no risk service here: the entry waits for the test's decision")
                .isEqualTo(OrderStatus.PENDING_NEW);
        decide(approval(primary));
        await().atMost(Duration.ofSeconds(10)).until(() -> reload(primary).status() == OrderStatus.FILLED);
        Order takeProfit = orders.findByClientOrderId(ACCOUNT, ClientOrderId.of(clientOrderId + "-tp")).orElseThrow();
        Order stopLoss = orders.findByClientOrderId(ACCOUNT, ClientOrderId.of(clientOrderId + "-sl")).orElseThrow();
        assertThat(takeProfit.status()).as("released by the entry's fill").isEqualTo(OrderStatus.PENDING_NEW);
        assertThat(stopLoss.status()).isEqualTo(OrderStatus.PENDING_NEW);
        assertThat(FAKE.has(primary.id().value())).as("the entry went to Alpaca as a simple order").isTrue();
        return new Order[] {primary, takeProfit, stopLoss};
    }

    static OrderApproved approval(Order pending) {
        return new OrderApproved(UUID.randomUUID(), Instant.now(), pending.correlationId(), ACCOUNT, UUID.randomUUID(),
                pending.ticket(), Price.of("100.00"), 1);
    }

    int deletes() {
        return HTTP.findAll(com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v2/orders/.+"))).size();
    }

    long ocoPosts() {
        return HTTP.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v2/orders"))).stream()
                .filter(r -> r.getBodyAsString().contains("\"order_class\":\"oco\"")).count();
    }

    @Test
    void aBracketsExitsGoToAlpacaAsOneOcoOrderOnceRiskApprovedBothAndTheStopLegsFillLandsOnItsStopLoss() {
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciliation.ready() && stream.listening());
        long ocoBefore = ocoPosts();
        Order[] group = bracketWithReleasedExits("it-oco-" + UUID.randomUUID());
        Order takeProfit = group[1];
        Order stopLoss = group[2];

        decide(approval(takeProfit));
        assertThat(reload(takeProfit).status()).isEqualTo(OrderStatus.NEW);
        assertThat(FAKE.has(takeProfit.id().value())).as("the first approved exit waits for the other's decision")
                .isFalse();
        decide(approval(stopLoss));

        assertThat(ocoPosts() - ocoBefore).as("one oco order for the two exits").isEqualTo(1);
        assertThat(FAKE.statusOf(takeProfit.id().value())).isEqualTo("new");
        String leg = FAKE.stopLegClientOrderId(takeProfit.id().value());
        assertThat(leg).as("Alpaca's leg under its own client order id").isNotNull()
                .isNotEqualTo(stopLoss.id().value());
        assertThat(FAKE.has(stopLoss.id().value())).as("the stop-loss is not sent a second time").isFalse();
        assertThat(jdbc.sql("select order_id from venue_order_aliases where venue_client_order_id = :leg")
                .param("leg", leg).query(String.class).single()).isEqualTo(stopLoss.id().value());

        FAKE.triggerStopReportingTheCancelFirst(takeProfit.id().value());

        await().atMost(Duration.ofSeconds(10)).until(() -> reload(stopLoss).status() == OrderStatus.FILLED
                && reload(takeProfit).status() == OrderStatus.CANCELED);
        assertThat(reload(stopLoss).filledQuantity()).isEqualTo(Quantity.of(10));
        assertThat(reload(stopLoss).averageFillPrice()).contains(Price.of("95.00"));
        assertThat(fillRows(stopLoss)).as("the leg's fill, mapped through its alias, applied once").isEqualTo(1);
        assertThat(fillRows(takeProfit)).isZero();
        assertThat(reload(takeProfit).reasonDetail()).as("ended by Alpaca's report, not by our oco rule")
                .hasValueSatisfying(r -> assertThat(r).contains("alpaca"));
        assertThat(meters.get("ts.execution.venue.unapplied.fills").counter().count()).isZero();
    }

    @Test
    void whenRiskDeniesOneExitTheApprovedOtherGoesToAlpacaAloneAndItsCancelIsForwarded() {
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciliation.ready() && stream.listening());
        long ocoBefore = ocoPosts();
        Order[] group = bracketWithReleasedExits("it-deny-" + UUID.randomUUID());
        Order takeProfit = group[1];
        Order stopLoss = group[2];

        decide(approval(takeProfit));
        assertThat(FAKE.has(takeProfit.id().value())).isFalse();
        assertThatThrownBy(() -> legs.replace(ACCOUNT, takeProfit.id(), new ReplaceChanges(null, Price.of("106.00"),
                null, null, ClientOrderId.of("it-" + UUID.randomUUID()))))
                .as("an exit not yet at Alpaca cannot be replaced there")
                .isInstanceOf(LegReplacement.NotReplaceableException.class).hasMessageContaining("waits here");
        decisions.handle(new OrderDenied(UUID.randomUUID(), Instant.now(), stopLoss.correlationId(), ACCOUNT,
                UUID.randomUUID(), stopLoss.ticket(), "TradingStateGate", "RISK_TEST", "denied in the test", 1));

        assertThat(reload(stopLoss).status()).isEqualTo(OrderStatus.DENIED);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(FAKE.statusOf(takeProfit.id().value()))
                .as("sent alone, as a simple limit order").isEqualTo("new"));
        assertThat(ocoPosts() - ocoBefore).isZero();
        assertThat(reload(takeProfit).status()).isEqualTo(OrderStatus.NEW);

        var result = cancellation.cancel(ACCOUNT, takeProfit.id(), "owner");

        assertThat(result.outcome()).isEqualTo(OrderCancellation.Outcome.CANCELED);
        await().atMost(Duration.ofSeconds(10)).until(() -> reload(takeProfit).status() == OrderStatus.CANCELED);
        assertThat(FAKE.statusOf(takeProfit.id().value())).isEqualTo("canceled");
    }

    @Test
    void cancelingABracketWhoseExitsWorkAtAlpacaAsAnOcoOrderCancelsBothThere() {
        await().atMost(Duration.ofSeconds(20)).until(() -> reconciliation.ready() && stream.listening());
        Order[] group = bracketWithReleasedExits("it-grp-" + UUID.randomUUID());
        Order primary = group[0];
        Order takeProfit = group[1];
        Order stopLoss = group[2];
        decide(approval(stopLoss));
        decide(approval(takeProfit));
        String leg = FAKE.stopLegClientOrderId(takeProfit.id().value());
        assertThat(leg).isNotNull();

        var result = cancellation.cancel(ACCOUNT, primary.id(), "owner");

        assertThat(result.outcome()).isEqualTo(OrderCancellation.Outcome.CANCELED);
        await().atMost(Duration.ofSeconds(10)).until(() -> reload(takeProfit).status() == OrderStatus.CANCELED
                && reload(stopLoss).status() == OrderStatus.CANCELED);
        assertThat(FAKE.statusOf(takeProfit.id().value())).isEqualTo("canceled");
        assertThat(FAKE.statusOf(leg)).isEqualTo("canceled");
        assertThat(reload(primary).status()).as("the filled entry stays filled").isEqualTo(OrderStatus.FILLED);
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
