package io.tradingsuite.execution.it;

import io.tradingsuite.common.test.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.TradingStateChanged;
import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.execution.algo.AlgoScheduler;
import io.tradingsuite.execution.algo.MarketVolume;
import io.tradingsuite.execution.venue.QuoteBook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
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
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Execution algorithms end to end against a real broker and PostgreSQL (subclasses provide them): a parent placed through REST,
 * children released by the scheduler (driven here by hand with a test clock), each child asked of risk (played by this
 * test through its topics) and filled by the paper venue on quotes, the parent aggregating them.
 */
@SpringBootTest(properties = {"ts.execution.algo.schedule-interval=1h", "ts.execution.decision-wait=0s"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(AlgorithmOrderScenarios.TestSetup.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AlgorithmOrderScenarios {

    static final Symbol AAPL = Symbol.of("AAPL");
    static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @TestConfiguration
    static class TestSetup {
        @Bean
        AssetLookup testAssets() {
            return symbol -> symbol.equals(AAPL)
                    ? Optional.of(new Asset(AAPL, "Apple", "us_equity", "NASDAQ", true, true, true, Quantity.of(1),
                            Price.of("0.01")))
                    : Optional.empty();
        }

        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
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
    AlgoScheduler scheduler;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MarketVolume marketVolume;

    private TopicProbe topics;
    private OrderApi api;

    @BeforeAll
    void connect() {
        api = new OrderApi(mvc, jdbc);
        topics = new TopicProbe(kafkaConnection.getBootstrapServers(), "execution-algo-it-");
    }

    @AfterAll
    void disconnect() {
        topics.close();
    }

    @Test
    void aTwapParentIsWorkedAsFiveChildrenOfTwentyAndEndsFilledWithItsAveragePriceAndSlippage() {
        AccountId account = AccountId.of("it-twap");
        quote("99.98", "100.00");
        Instant start = CLOCK.instant().plus(Duration.ofHours(1));
        CLOCK.set(start);

        MvcTestResult placed = api.post(account, """
                {"symbol": "AAPL", "qty": 100, "side": "buy", "type": "market", "time_in_force": "day",
                 "client_order_id": "twap-1", "algo": {"type": "twap", "duration": "PT5M", "slices": 5}}
                """);

        assertThat(placed).hasStatus(200);
        assertThat(placed).bodyJson().isLenientlyEqualTo("""
                {"status": "new", "qty": "100", "arrival_price": "99.99",
                 "algo": {"type": "twap", "duration": "PT5M", "slices": 5, "children": 0}}
                """);
        String parentId = api.orderIdOf(account, "twap-1");
        List<String> asks = List.of("100.00", "100.10", "100.20", "100.30", "100.40");
        List<String> fillPrices = List.of("100.02", "100.13", "100.23", "100.33", "100.43");
        for (int slice = 1; slice <= 5; slice++) {
            CLOCK.set(start.plus(Duration.ofMinutes(slice - 1)));
            if (slice > 1) {
                String ask = asks.get(slice - 1);
                quote(new java.math.BigDecimal(ask).subtract(new java.math.BigDecimal("0.02")).toPlainString(), ask);
            }
            scheduler.releaseDue();
            String childCoid = parentId + "-" + slice;
            OrderRequested request = awaitEvent(OrderRequested.class,
                    r -> r.order().clientOrderId().value().equals(childCoid));
            assertThat(request.order().quantity()).isEqualTo(Quantity.of(20));
            assertThat(request.accountId()).isEqualTo(account);
            scheduler.releaseDue(); // nothing more is due within the same minute
            assertThat(childCount(parentId)).isEqualTo(slice);

            send(Topic.ORDER_DECISIONS_NAME, account.value(), approve(account, request));
            String childId = api.orderIdOf(account, childCoid);
            FillExecuted fill = awaitEvent(FillExecuted.class, f -> f.orderId().value().equals(childId));
            assertThat(fill.price()).isEqualTo(Price.of(fillPrices.get(slice - 1)));
        }

        assertThat(api.get(account, "/api/orders/" + parentId)).bodyJson().isLenientlyEqualTo("""
                {"status": "filled", "qty": "100", "filled_qty": "100", "filled_avg_price": "100.228",
                 "arrival_price": "99.99", "slippage_bps": "23.8024",
                 "algo": {"type": "twap", "children": 5, "released_qty": "100"}}
                """);
        assertThat(api.get(account, "/api/orders:by_client_order_id?client_order_id=" + parentId + "-3")).bodyJson()
                .isLenientlyEqualTo("""
                        {"parent_order_id": "%s", "qty": "20", "status": "filled"}
                        """.formatted(parentId));
        CLOCK.set(start.plus(Duration.ofMinutes(30)));
        scheduler.releaseDue();
        assertThat(childCount(parentId)).isEqualTo(5);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            DistributionSummary slippage = meters.find("ts.execution.algo.slippage.bps").tag("algo", "twap").summary();
            assertThat(slippage).isNotNull();
            assertThat(slippage.count()).isEqualTo(1);
            assertThat(slippage.totalAmount()).isEqualTo(23.8024);
            assertThat(meters.find("ts.execution.algo.parents").tags("algo", "twap", "status", "filled").counter()
                    .count()).isEqualTo(1.0);
        });
    }

    @Test
    void cancelingAParentMidWayCancelsItsOpenChildrenAndItsRemainder() {
        AccountId account = AccountId.of("it-twap-cancel");
        Instant start = CLOCK.instant().plus(Duration.ofHours(1));
        CLOCK.set(start);
        api.post(account, """
                {"symbol": "AAPL", "qty": 100, "side": "buy", "type": "limit", "limit_price": "1.00",
                 "time_in_force": "gtc", "client_order_id": "twap-cancel-1",
                 "algo": {"type": "twap", "duration": "PT5M", "slices": 5}}
                """);
        String parentId = api.orderIdOf(account, "twap-cancel-1");
        scheduler.releaseDue();
        OrderRequested first = awaitEvent(OrderRequested.class,
                r -> r.order().clientOrderId().value().equals(parentId + "-1"));
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approve(account, first));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.statusOf(account, parentId + "-1")).contains("new"));
        CLOCK.set(start.plus(Duration.ofMinutes(1)));
        scheduler.releaseDue();
        awaitEvent(OrderRequested.class, r -> r.order().clientOrderId().value().equals(parentId + "-2"));

        assertThat(api.delete(account, "/api/orders/" + parentId)).hasStatus(204);

        for (int child = 1; child <= 2; child++) {
            String childId = api.orderIdOf(account, parentId + "-" + child);
            OrderCanceled canceled = awaitEvent(OrderCanceled.class, e -> e.orderId().value().equals(childId));
            assertThat(canceled.reason()).startsWith("parent " + parentId + " canceled");
        }
        assertThat(api.get(account, "/api/orders/" + parentId)).bodyJson().isLenientlyEqualTo("""
                {"status": "canceled", "filled_qty": "0", "algo": {"children": 2, "released_qty": "40",
                 "stop_reason": "canceled by the owner"}}
                """);
        CLOCK.set(start.plus(Duration.ofMinutes(10)));
        scheduler.releaseDue();
        assertThat(childCount(parentId)).isEqualTo(2);
        assertThat(api.delete(account, "/api/orders/" + parentId)).hasStatus(422);
    }

    @Test
    void anIcebergShowsItsDisplayQuantityAndRefreshesItAfterEachFill() {
        AccountId account = AccountId.of("it-iceberg");
        quote("99.98", "100.00");
        CLOCK.set(CLOCK.instant().plus(Duration.ofHours(1)));
        api.post(account, """
                {"symbol": "AAPL", "qty": "25", "side": "sell", "type": "market", "time_in_force": "day",
                 "client_order_id": "ice-1", "algo": {"type": "iceberg", "display_qty": "10"}}
                """);
        String parentId = api.orderIdOf(account, "ice-1");
        List<Quantity> expected = List.of(Quantity.of(10), Quantity.of(10), Quantity.of(5));
        for (int child = 1; child <= 3; child++) {
            CLOCK.advance(Duration.ofSeconds(1));
            scheduler.releaseDue();
            String childCoid = parentId + "-" + child;
            OrderRequested request = awaitEvent(OrderRequested.class,
                    r -> r.order().clientOrderId().value().equals(childCoid));
            assertThat(request.order().quantity()).isEqualTo(expected.get(child - 1));
            scheduler.releaseDue();
            assertThat(childCount(parentId)).as("only one displayed child at a time").isEqualTo(child);

            send(Topic.ORDER_DECISIONS_NAME, account.value(), approve(account, request));
            String childId = api.orderIdOf(account, childCoid);
            FillExecuted fill = awaitEvent(FillExecuted.class, f -> f.orderId().value().equals(childId));
            assertThat(fill.price()).isEqualTo(Price.of("99.96"));
        }
        assertThat(api.get(account, "/api/orders/" + parentId)).bodyJson().isLenientlyEqualTo("""
                {"status": "filled", "filled_qty": "25", "filled_avg_price": "99.96", "arrival_price": "99.99",
                 "slippage_bps": "3.0003", "algo": {"type": "iceberg", "display_qty": "10", "children": 3}}
                """);
    }

    @Test
    void aPovParentReleasesItsParticipationInTheVolumeTradedSinceItsLastChild() {
        AccountId account = AccountId.of("it-pov");
        CLOCK.set(CLOCK.instant().plus(Duration.ofHours(1)));
        api.post(account, """
                {"symbol": "AAPL", "qty": 150, "side": "buy", "type": "limit", "limit_price": "1.00",
                 "time_in_force": "gtc", "client_order_id": "pov-1", "algo": {"type": "pov", "participation": "0.0001"}}
                """);
        String parentId = api.orderIdOf(account, "pov-1");
        scheduler.releaseDue();
        assertThat(childCount(parentId)).as("no volume seen yet").isZero();

        bar(1_000_000);
        scheduler.releaseDue();
        OrderRequested first = awaitEvent(OrderRequested.class,
                r -> r.order().clientOrderId().value().equals(parentId + "-1"));
        assertThat(first.order().quantity()).isEqualTo(Quantity.of(100));
        assertThat(first.order().limitPrice()).isEqualTo(Price.of("1.00"));

        bar(1_000_000);
        scheduler.releaseDue();
        OrderRequested second = awaitEvent(OrderRequested.class,
                r -> r.order().clientOrderId().value().equals(parentId + "-2"));
        assertThat(second.order().quantity()).as("capped by what is left").isEqualTo(Quantity.of(50));
        assertThat(api.delete(account, "/api/orders/" + parentId)).hasStatus(204);
    }

    @Test
    void aChildNumberWhoseClientOrderIdIsAlreadyTakenIsSkippedNotDoubled() {
        AccountId account = AccountId.of("it-taken");
        CLOCK.set(CLOCK.instant().plus(Duration.ofHours(1)));
        api.post(account, """
                {"symbol": "AAPL", "qty": 5, "side": "buy", "type": "limit", "limit_price": "1.00",
                 "time_in_force": "gtc", "client_order_id": "taken-1", "algo": {"type": "iceberg", "display_qty": 5}}
                """);
        String parentId = api.orderIdOf(account, "taken-1");
        assertThat(api.post(account, """
                {"symbol": "AAPL", "qty": 1, "side": "buy", "type": "limit", "limit_price": "1.00",
                 "time_in_force": "gtc", "client_order_id": "%s-1"}
                """.formatted(parentId))).hasStatus(202);

        scheduler.releaseDue();
        scheduler.releaseDue();

        OrderRequested child = awaitEvent(OrderRequested.class,
                r -> r.order().clientOrderId().value().equals(parentId + "-2"));
        assertThat(child.order().quantity()).isEqualTo(Quantity.of(5));
        assertThat(childCount(parentId)).isEqualTo(1);
        assertThat(api.get(account, "/api/orders/" + parentId)).bodyJson().isLenientlyEqualTo("""
                {"algo": {"children": 2, "released_qty": "5"}}
                """);
        assertThat(api.delete(account, "/api/orders/" + parentId)).hasStatus(204);
    }

    @Test
    void theKillSwitchCancelsTheChildrenAndTheirParentStops() {
        AccountId account = AccountId.of("it-algo-kill");
        Instant start = CLOCK.instant().plus(Duration.ofHours(1));
        CLOCK.set(start);
        api.post(account, """
                {"symbol": "AAPL", "qty": 10, "side": "buy", "type": "limit", "limit_price": "1.00",
                 "time_in_force": "gtc", "client_order_id": "kill-1",
                 "algo": {"type": "vwap", "duration": "PT10M", "slices": 2}}
                """);
        String parentId = api.orderIdOf(account, "kill-1");
        scheduler.releaseDue();
        OrderRequested first = awaitEvent(OrderRequested.class,
                r -> r.order().clientOrderId().value().equals(parentId + "-1"));
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approve(account, first));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.statusOf(account, parentId + "-1")).contains("new"));

        send(Topic.LIMITS_NAME, "state/account:it-algo-kill", new TradingStateChanged(UUID.randomUUID(),
                Instant.now(), null, "account:it-algo-kill", 3, TradingState.HALTED, true, "test halt", "risk-admin"));

        String childId = api.orderIdOf(account, parentId + "-1");
        assertThat(awaitEvent(OrderCanceled.class, e -> e.orderId().value().equals(childId)).reason())
                .isEqualTo("kill switch");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.statusOf(account, "kill-1"))
                .contains("canceled"));
        assertThat(api.get(account, "/api/orders/" + parentId)).bodyJson()
                .extractingPath("$.algo.stop_reason").asString().startsWith("child " + childId + " canceled");
        CLOCK.set(start.plus(Duration.ofMinutes(20)));
        scheduler.releaseDue();
        assertThat(childCount(parentId)).isEqualTo(1);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void quote(String bid, String ask) {
        Instant now = Instant.now();
        send(Topic.QUOTES_NAME, AAPL.value(), new QuoteUpdated(UUID.randomUUID(), now, null, AAPL, Price.of(bid),
                Price.of(ask), Quantity.of(500), Quantity.of(500), Price.of(ask), now));
        await().atMost(Duration.ofSeconds(20)).until(() -> quoteBook.latest(AAPL)
                .filter(q -> q.ask().equals(Price.of(ask)) && q.bid().equals(Price.of(bid))).isPresent());
    }

    private void bar(long volume) {
        long before = marketVolume.cumulative(AAPL);
        Instant now = Instant.now();
        send(Topic.BARS_NAME, AAPL.value(), new BarClosed(UUID.randomUUID(), now, null, AAPL, "1Min",
                now.minusSeconds(60), now, Price.of("100"), Price.of("100"), Price.of("100"), Price.of("100"), volume));
        await().atMost(Duration.ofSeconds(20)).until(() -> marketVolume.cumulative(AAPL) >= before + volume);
    }

    private long childCount(String parentId) {
        return jdbc.sql("select count(*) from orders where parent_order_id = :p").param("p", parentId)
                .query(Long.class).single();
    }

    private static OrderApproved approve(AccountId account, OrderRequested request) {
        return new OrderApproved(UUID.randomUUID(), Instant.now(), request.correlationId(), account,
                request.eventId(), request.order(), Price.of("100.00"), 1);
    }

    private void send(String topic, String key, Event event) {
        topics.send(topic, key, event);
    }

    private <T extends Event> T awaitEvent(Class<T> type, Predicate<T> matching) {
        return topics.awaitEvent(type, matching);
    }
}
