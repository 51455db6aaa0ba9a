package io.tradingsuite.execution.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderCanceled;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.events.OrderFilled;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.events.TradingStateChanged;
import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.common.test.MutableClock;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.execution.venue.QuoteBook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Bracket, oco and oto orders end to end against a real broker and PostgreSQL (subclasses provide them): placed
 * through REST, every order of a group asked of risk (played by this test through its topics: it approves or denies
 * each {@code OrderRequested} it reads), worked by the paper venue on quotes. Each scenario trades its own symbol, so
 * quotes of one never fill another's orders.
 */
@SpringBootTest(properties = {"ts.execution.decision-wait=0s", "ts.execution.algo.schedule-interval=1h"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OrderClassScenarios.TestSetup.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrderClassScenarios {

    static final Set<String> SYMBOLS = Set.of("BRKT", "PART", "UNFL", "ALLC", "WORK", "KILL", "OCOX", "OCOC",
            "OTOX", "DENY", "TUCH", "NOQT", "MOVE", "PEND", "CONC");
    static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @TestConfiguration
    static class TestSetup {
        @Bean
        AssetLookup testAssets() {
            return symbol -> SYMBOLS.contains(symbol.value())
                    ? Optional.of(new Asset(symbol, symbol.value(), "us_equity", "NASDAQ", true, true, true,
                            Quantity.of(1), Price.of("0.01")))
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

    private TopicProbe topics;
    private OrderApi api;

    @BeforeAll
    void connect() {
        api = new OrderApi(mvc, jdbc);
        topics = new TopicProbe(kafkaConnection.getBootstrapServers(), "execution-classes-it-");
    }

    @AfterAll
    void disconnect() {
        topics.close();
    }

    @Test
    void aFilledBuyBracketReleasesBothLegsThroughRiskAndTheTakeProfitFillingCancelsTheStopLoss() {
        AccountId account = AccountId.of("it-bracket");
        quote("BRKT", "99.98", "100.00", 500);

        MvcTestResult placed = api.post(account, """
                {"symbol": "BRKT", "qty": 10, "side": "buy", "type": "market", "time_in_force": "day",
                 "client_order_id": "br-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "101.00"}, "stop_loss": {"stop_price": "95.00"}}
                """);

        assertThat(placed).hasStatus(202);
        assertThat(placed).bodyJson().isLenientlyEqualTo("""
                {"client_order_id": "br-1", "order_class": "bracket", "status": "pending_new",
                 "legs": [{"client_order_id": "br-1-tp", "status": "held", "side": "sell", "type": "limit",
                           "limit_price": "101.00", "qty": "10"},
                          {"client_order_id": "br-1-sl", "status": "held", "side": "sell", "type": "stop",
                           "stop_price": "95.00", "qty": "10"}]}
                """);
        OrderRequested entryRequest = awaitEvent(OrderRequested.class, r -> coid(r, "br-1"));
        OrderApproved entryApproval = approve(account, entryRequest);

        // the entry fills at the ask plus 2 bps on the latest quote; its fill releases both legs to risk
        OrderRequested tp = awaitEvent(OrderRequested.class, r -> coid(r, "br-1-tp"));
        OrderRequested sl = awaitEvent(OrderRequested.class, r -> coid(r, "br-1-sl"));
        assertThat(tp.order().quantity()).isEqualTo(Quantity.of(10));
        assertThat(sl.order().stopPrice()).isEqualTo(Price.of("95.00"));
        assertThat(tp.ocoWith()).as("paired: risk counts the two exits once").isEqualTo(ClientOrderId.of("br-1-sl"));
        assertThat(sl.ocoWith()).isEqualTo(ClientOrderId.of("br-1-tp"));
        assertThat(entryRequest.ocoWith()).isNull();
        assertThat(tp.exitOf()).as("released by the entry's fill").isEqualTo(ClientOrderId.of("br-1"));
        assertThat(api.statusOf(account, "br-1")).contains("filled");
        approve(account, tp);
        approve(account, sl);
        awaitWorking(account, "br-1-tp", "br-1-sl");
        // a redelivered decision (same event id) and a repeated one (new id) for the filled entry change nothing
        send(Topic.ORDER_DECISIONS_NAME, account.value(), entryApproval);
        OrderApproved repeated = approve(account, entryRequest);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from inbox where event_id = :id")
                .param("id", repeated.eventId().toString()).query(Long.class).single() == 1);

        quote("BRKT", "101.00", "101.02", 500);

        OrderFilled tpFilled = awaitEvent(OrderFilled.class, e -> e.clientOrderId().value().equals("br-1-tp"));
        assertThat(tpFilled.averageFillPrice()).isEqualTo(Price.of("101.00"));
        assertThat(awaitEvent(OrderCanceled.class, e -> e.clientOrderId().value().equals("br-1-sl")).reason())
                .isEqualTo("oco: sibling filled");
        assertThat(api.get(account, "/api/orders/" + api.orderIdOf(account, "br-1"))).bodyJson().isLenientlyEqualTo("""
                {"status": "filled", "filled_qty": "10", "filled_avg_price": "100.02", "order_class": "bracket",
                 "legs": [{"client_order_id": "br-1-tp", "status": "filled", "filled_qty": "10"},
                          {"client_order_id": "br-1-sl", "status": "canceled", "filled_qty": "0"}]}
                """);
        assertThat(requestsFor(account, "br-1-tp")).as("each leg asked of risk once").isEqualTo(1);
    }

    @Test
    void aPartialTakeProfitFillShrinksTheStopLossToTheSameRemainder() {
        AccountId account = AccountId.of("it-bracket-partial");
        quote("PART", "99.98", "100.00", 500);
        placeApproved(account, "bu-1", """
                {"symbol": "PART", "qty": 100, "side": "buy", "type": "market", "time_in_force": "gtc",
                 "client_order_id": "bp-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "101.00"}, "stop_loss": {"stop_price": "95.00", "limit_price": "94.50"}}
                """);
        approveEach(account, "bp-1", "bp-1-tp", "bp-1-sl");
        awaitWorking(account, "bp-1-tp", "bp-1-sl");

        quote("PART", "101.00", "101.02", 30); // the bid shows 30: the take-profit fills 30 of 100

        awaitStatus(account, "bp-1-tp", "partially_filled");
        assertThat(api.get(account, "/api/orders:by_client_order_id?client_order_id=bp-1-sl")).bodyJson()
                .isLenientlyEqualTo("""
                        {"status": "new", "qty": "70", "type": "stop_limit", "order_class": "bracket"}
                        """);

        quote("PART", "101.00", "101.02", 500);

        awaitStatus(account, "bp-1-tp", "filled");
        awaitStatus(account, "bp-1-sl", "canceled");
        assertThat(filledQty(account, "bp-1-tp")).isEqualByComparingTo("100");
        assertThat(filledQty(account, "bp-1-sl")).isEqualByComparingTo("0");
    }

    @Test
    void aBracketWhoseEntryIsCanceledUnfilledCancelsItsHeldLegsWithoutEverAskingRisk() {
        AccountId account = AccountId.of("it-bracket-unfilled");
        quote("UNFL", "99.98", "100.00", 500);
        api.post(account, """
                {"symbol": "UNFL", "qty": 10, "side": "buy", "type": "limit", "limit_price": "90.00",
                 "time_in_force": "gtc", "client_order_id": "bu-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "85.00"}}
                """);
        String entryId = api.orderIdOf(account, "bu-1");

        assertThat(api.delete(account, "/api/orders/" + entryId)).hasStatus(204);

        assertThat(awaitEvent(OrderCanceled.class, e -> e.orderId().value().equals(entryId)).filledQuantity())
                .isEqualTo(Quantity.ZERO);
        assertThat(api.get(account, "/api/orders/" + entryId)).bodyJson().isLenientlyEqualTo("""
                {"status": "canceled", "legs": [{"client_order_id": "bu-1-tp", "status": "canceled"},
                                               {"client_order_id": "bu-1-sl", "status": "canceled"}]}
                """);
        assertThat(requestsFor(account, "bu-1-tp") + requestsFor(account, "bu-1-sl")).isZero();
        assertThat(api.get(account, "/api/orders?status=open")).bodyJson().extractingPath("$").asArray().isEmpty();
    }

    @Test
    void cancelAllCancelsWholeGroupsHeldLegsIncluded() {
        AccountId account = AccountId.of("it-bracket-cancel-all");
        quote("ALLC", "99.98", "100.00", 500);
        placeApproved(account, "ba-1", """
                {"symbol": "ALLC", "qty": 10, "side": "sell", "type": "limit", "limit_price": "110.00",
                 "time_in_force": "day", "client_order_id": "ba-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "90.00"}, "stop_loss": {"stop_price": "115.00"}}
                """);
        // listed on their own and nested (Alpaca's default), or with nested=true only nested in their entry
        assertThat(api.get(account, "/api/orders")).bodyJson().extractingPath("$[*].client_order_id").asArray()
                .containsExactlyInAnyOrder("ba-1", "ba-1-tp", "ba-1-sl");
        assertThat(api.get(account, "/api/orders?nested=true")).bodyJson().isLenientlyEqualTo("""
                [{"client_order_id": "ba-1", "legs": [{"client_order_id": "ba-1-tp"}, {"client_order_id": "ba-1-sl"}]}]
                """);
        assertThat(api.get(account, "/api/orders?nested=maybe")).hasStatus(400);

        MvcTestResult all = api.delete(account, "/api/orders");

        assertThat(all).hasStatus(207);
        assertThat(all).bodyJson().extractingPath("$[*].status").asArray().hasSize(3).containsOnly(200);
        assertThat(List.of(api.statusOf(account, "ba-1"), api.statusOf(account, "ba-1-tp"), api.statusOf(account, "ba-1-sl")))
                .containsOnly(Optional.of("canceled"));
    }

    @Test
    void cancelingAFilledBracketsEntryCancelsItsWorkingLegs() {
        AccountId account = AccountId.of("it-bracket-working");
        quote("WORK", "99.98", "100.00", 500);
        api.post(account, """
                {"symbol": "WORK", "qty": 10, "side": "buy", "type": "market", "time_in_force": "gtc",
                 "client_order_id": "bw-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "90.00"}}
                """);
        approveEach(account, "bw-1", "bw-1-tp", "bw-1-sl");
        awaitWorking(account, "bw-1-tp", "bw-1-sl");

        assertThat(api.delete(account, "/api/orders/" + api.orderIdOf(account, "bw-1"))).hasStatus(204);

        assertThat(awaitEvent(OrderCanceled.class, e -> e.clientOrderId().value().equals("bw-1-tp")).reason())
                .isEqualTo("canceled by the owner");
        assertThat(awaitEvent(OrderCanceled.class, e -> e.clientOrderId().value().equals("bw-1-sl")).reason())
                .isEqualTo("oco: sibling canceled");
        assertThat(api.statusOf(account, "bw-1")).contains("filled");
        assertThat(api.delete(account, "/api/orders/" + api.orderIdOf(account, "bw-1"))).as("nothing left to cancel")
                .hasStatus(422);
    }

    @Test
    void cancelingEitherOrderOfAnOcoCancelsBoth() {
        AccountId account = AccountId.of("it-oco-cancel");
        quote("OCOC", "99.98", "100.00", 500);
        api.post(account, """
                {"symbol": "OCOC", "qty": 10, "side": "sell", "type": "limit", "time_in_force": "day",
                 "client_order_id": "occ-1", "order_class": "oco",
                 "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "95.00"}}
                """);
        approveEach(account, "occ-1", "occ-1-sl");
        awaitWorking(account, "occ-1", "occ-1-sl");

        assertThat(api.delete(account, "/api/orders/" + api.orderIdOf(account, "occ-1-sl"))).hasStatus(204);

        assertThat(awaitEvent(OrderCanceled.class, e -> e.clientOrderId().value().equals("occ-1")).reason())
                .isEqualTo("oco: sibling canceled");
    }

    @Test
    void theKillSwitchCancelsAnEntryAndItsHeldLegs() {
        AccountId account = AccountId.of("it-bracket-kill");
        quote("KILL", "99.98", "100.00", 500);
        placeApproved(account, "bk-1", """
                {"symbol": "KILL", "qty": 10, "side": "buy", "type": "limit", "limit_price": "90.00",
                 "time_in_force": "gtc", "client_order_id": "bk-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "85.00"}}
                """);

        send(Topic.LIMITS_NAME, "state/account:it-bracket-kill", new TradingStateChanged(UUID.randomUUID(),
                Instant.now(), null, "account:it-bracket-kill", 3, TradingState.HALTED, true, "test halt", "risk-admin"));

        assertThat(awaitEvent(OrderCanceled.class, e -> e.clientOrderId().value().equals("bk-1")).reason())
                .isEqualTo("kill switch");
        awaitStatus(account, "bk-1-tp", "canceled");
        awaitStatus(account, "bk-1-sl", "canceled");
        assertThat(requestsFor(account, "bk-1-tp") + requestsFor(account, "bk-1-sl")).isZero();
    }

    @Test
    void anOcoWorksBothExitsAtOnceAndTheStopLossFillingCancelsTheTakeProfit() {
        AccountId account = AccountId.of("it-oco");
        quote("OCOX", "99.98", "100.00", 500);

        MvcTestResult placed = api.post(account, """
                {"symbol": "OCOX", "qty": 10, "side": "sell", "type": "limit", "time_in_force": "gtc",
                 "client_order_id": "oco-1", "order_class": "oco",
                 "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "95.00"}}
                """);

        assertThat(placed).hasStatus(202);
        assertThat(placed).bodyJson().isLenientlyEqualTo("""
                {"client_order_id": "oco-1", "order_class": "oco", "type": "limit", "limit_price": "110.00",
                 "legs": [{"client_order_id": "oco-1-sl", "status": "pending_new", "side": "sell", "type": "stop"}]}
                """);
        assertThat(awaitEvent(OrderRequested.class, r -> coid(r, "oco-1-sl")).ocoWith())
                .as("the stop-loss is paired with the take-profit").isEqualTo(ClientOrderId.of("oco-1"));
        approveEach(account, "oco-1", "oco-1-sl");
        awaitWorking(account, "oco-1", "oco-1-sl");

        quote("OCOX", "94.90", "94.95", 500); // the stop triggers and sells at the bid less 2 bps

        OrderFilled slFilled = awaitEvent(OrderFilled.class, e -> e.clientOrderId().value().equals("oco-1-sl"));
        assertThat(slFilled.averageFillPrice()).isEqualTo(Price.of("94.88"));
        assertThat(awaitEvent(OrderCanceled.class, e -> e.clientOrderId().value().equals("oco-1")).reason())
                .isEqualTo("oco: sibling filled");
    }

    @Test
    void anOtoReleasesItsOneLegWhenTheEntryFillsAndADeniedLegShowsOnTheEntry() {
        AccountId account = AccountId.of("it-oto");
        quote("OTOX", "99.98", "100.00", 500);
        api.post(account, """
                {"symbol": "OTOX", "qty": 5, "side": "buy", "type": "market", "time_in_force": "day",
                 "client_order_id": "oto-1", "order_class": "oto", "stop_loss": {"stop_price": "90.00"}}
                """);
        approve(account, awaitEvent(OrderRequested.class, r -> coid(r, "oto-1")));

        OrderRequested leg = awaitEvent(OrderRequested.class, r -> coid(r, "oto-1-sl"));
        assertThat(leg.order().side().wire()).isEqualTo("sell");
        deny(account, leg, "RISK_TRADING_HALTED");

        awaitStatus(account, "oto-1-sl", "denied");
        assertThat(api.get(account, "/api/orders/" + api.orderIdOf(account, "oto-1"))).bodyJson().isLenientlyEqualTo("""
                {"status": "filled", "order_class": "oto",
                 "legs": [{"client_order_id": "oto-1-sl", "status": "denied", "reason_code": "RISK_TRADING_HALTED"}]}
                """);
        assertThat(requestsFor(account, "oto-1-tp")).isZero();
    }

    @Test
    void aBuyBracketWithTheTakeProfitBelowTheStopIsA400WithFieldErrors() {
        AccountId account = AccountId.of("it-bracket-invalid");

        MvcTestResult result = api.post(account, """
                {"symbol": "DENY", "qty": 10, "side": "buy", "type": "market", "time_in_force": "day",
                 "order_class": "bracket", "take_profit": {"limit_price": "90.00"},
                 "stop_loss": {"stop_price": "95.00", "limit_price": "96.00"}}
                """);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"code": "VALIDATION_FAILED", "errors": [
                  {"field": "take_profit.limit_price", "code": "VALIDATION_EXIT_PRICES"},
                  {"field": "stop_loss.limit_price", "code": "VALIDATION_EXIT_PRICES"}]}
                """);
        assertThat(jdbc.sql("select count(*) from orders where account_id = 'it-bracket-invalid'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMarketEntrysExitsAreCheckedAgainstTheTouchItFillsAt() {
        AccountId account = AccountId.of("it-bracket-touch");
        quote("TUCH", "99.98", "100.00", 500);

        // a buy fills at the ask 100.00: a take-profit at 99.99 would sell at once below the entry
        MvcTestResult buy = api.post(account, """
                {"symbol": "TUCH", "qty": 10, "side": "buy", "type": "market", "time_in_force": "day",
                 "order_class": "bracket", "take_profit": {"limit_price": "99.99"}, "stop_loss": {"stop_price": "95.00"}}
                """);
        // a sell fills at the bid 99.98: its stop-loss (a buy stop) must be above it
        MvcTestResult sell = api.post(account, """
                {"symbol": "TUCH", "qty": 10, "side": "sell", "type": "market", "time_in_force": "day",
                 "order_class": "oto", "stop_loss": {"stop_price": "99.98"}}
                """);
        MvcTestResult noQuote = api.post(account, """
                {"symbol": "NOQT", "qty": 10, "side": "buy", "type": "market", "time_in_force": "day",
                 "order_class": "bracket", "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "90.00"}}
                """);

        assertThat(buy).hasStatus(400);
        assertThat(buy).bodyJson().isLenientlyEqualTo("""
                {"code": "VALIDATION_FAILED", "errors": [{"field": "take_profit.limit_price",
                  "code": "VALIDATION_EXIT_PRICES",
                  "message": "take_profit.limit_price 99.99 must be above the ask 100.00 of TUCH the market entry fills at"}]}
                """);
        assertThat(sell).hasStatus(400);
        assertThat(sell).bodyJson().isLenientlyEqualTo("""
                {"code": "VALIDATION_FAILED", "errors": [{"field": "stop_loss.stop_price", "code": "VALIDATION_EXIT_PRICES",
                  "message": "stop_loss.stop_price 99.98 must be above the bid 99.98 of TUCH the market entry fills at"}]}
                """);
        assertThat(noQuote).hasStatus(400);
        assertThat(noQuote).bodyJson().isLenientlyEqualTo("""
                {"code": "VALIDATION_FAILED", "errors": [{"field": "type", "code": "VALIDATION_EXIT_PRICES"}]}
                """);
        assertThat(jdbc.sql("select count(*) from orders where account_id = 'it-bracket-touch'")
                .query(Long.class).single()).isZero();

        // the same bracket with its take-profit above the ask is placed
        assertThat(api.post(account, """
                {"symbol": "TUCH", "qty": 10, "side": "buy", "type": "market", "time_in_force": "day",
                 "client_order_id": "bt-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "100.01"}, "stop_loss": {"stop_price": "95.00"}}
                """)).hasStatus(202);
    }

    @Test
    void aWorkingStopLossIsMovedAndItsReplacementTakesItsPlaceInTheGroup() {
        AccountId account = AccountId.of("it-bracket-move");
        quote("MOVE", "99.98", "100.00", 500);
        assertThat(api.post(account, """
                {"symbol": "MOVE", "qty": 10, "side": "buy", "type": "market", "time_in_force": "gtc",
                 "client_order_id": "bm-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "90.00"}}
                """)).hasStatus(202);
        approveEach(account, "bm-1", "bm-1-tp", "bm-1-sl");
        awaitWorking(account, "bm-1-tp", "bm-1-sl");
        String entry = api.orderIdOf(account, "bm-1");

        // a leg's quantity and time in force follow the group; its new price must stay on its side of the sibling's
        assertThat(api.patch(account, "/api/orders/" + api.orderIdOf(account, "bm-1-tp"), """
                {"qty": 5, "time_in_force": "day", "limit_price": "89.00"}
                """)).bodyJson().isLenientlyEqualTo("""
                {"status": 400, "code": "VALIDATION_FAILED", "errors": [
                  {"field": "qty", "code": "VALIDATION_ORDER_CLASS"},
                  {"field": "time_in_force", "code": "VALIDATION_ORDER_CLASS"},
                  {"field": "limit_price", "code": "VALIDATION_EXIT_PRICES"}]}
                """);
        assertThat(api.patch(account, "/api/orders/" + entry, """
                {"limit_price": "101.00"}
                """)).hasStatus(422);

        // the stop-loss moved up to 99.00: risk is asked about it as a replacement paired with the take-profit
        var moved = api.patchAsync(account, "/api/orders/" + api.orderIdOf(account, "bm-1-sl"), """
                {"stop_price": "99.00", "client_order_id": "bm-1-sl2"}
                """);
        OrderRequested request = awaitEvent(OrderRequested.class, r -> coid(r, "bm-1-sl2"));
        assertThat(request.replaces()).isEqualTo(ClientOrderId.of("bm-1-sl"));
        assertThat(request.ocoWith()).isEqualTo(ClientOrderId.of("bm-1-tp"));
        assertThat(request.order().quantity()).isEqualTo(Quantity.of(10));
        approve(account, request);
        assertThat(moved.join().getResponse().getStatus()).isIn(200, 202); // answered after, or before, the decision
        awaitStatus(account, "bm-1-sl2", "new");
        assertThat(api.get(account, "/api/orders/" + entry)).bodyJson().isLenientlyEqualTo("""
                {"status": "filled", "order_class": "bracket",
                 "legs": [{"client_order_id": "bm-1-tp", "status": "new"},
                          {"client_order_id": "bm-1-sl2", "status": "new", "stop_price": "99.00",
                           "order_class": "bracket"}]}
                """);
        assertThat(api.statusOf(account, "bm-1-sl")).contains("replaced");

        // the moved stop triggers and fills; its sibling, the take-profit, is canceled by the one-cancels-other rule
        quote("MOVE", "98.90", "98.95", 500);
        awaitEvent(OrderFilled.class, e -> e.clientOrderId().value().equals("bm-1-sl2"));
        assertThat(awaitEvent(OrderCanceled.class, e -> e.clientOrderId().value().equals("bm-1-tp")).reason())
                .isEqualTo("oco: sibling filled");
    }

    @Test
    void aLegWhoseReplacementRiskIsDecidingShrinksWithItsSiblingsFillsAndSoDoesItsReplacement() {
        AccountId account = AccountId.of("it-bracket-pending");
        quote("PEND", "99.98", "100.00", 500);
        assertThat(api.post(account, """
                {"symbol": "PEND", "qty": 10, "side": "buy", "type": "market", "time_in_force": "gtc",
                 "client_order_id": "bq-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "101.00"}, "stop_loss": {"stop_price": "90.00"}}
                """)).hasStatus(202);
        approveEach(account, "bq-1", "bq-1-tp", "bq-1-sl");
        awaitWorking(account, "bq-1-tp", "bq-1-sl");

        var moved = api.patchAsync(account, "/api/orders/" + api.orderIdOf(account, "bq-1-sl"), """
                {"stop_price": "95.00", "client_order_id": "bq-1-sl2"}
                """);
        OrderRequested request = awaitEvent(OrderRequested.class, r -> coid(r, "bq-1-sl2"));
        assertThat(request.replacesOpenQuantity()).isEqualTo(Quantity.of(10));
        awaitStatus(account, "bq-1-sl", "pending_replace");
        // the other exit cannot be replaced meanwhile
        assertThat(api.patch(account, "/api/orders/" + api.orderIdOf(account, "bq-1-tp"), """
                {"limit_price": "102.00"}
                """)).hasStatus(422);

        // while risk decides, the take-profit fills 4 of 10: the stop-loss, still working, is reduced to 6
        quote("PEND", "101.00", "101.02", 4);
        await().atMost(Duration.ofSeconds(20)).until(() -> filledQty(account, "bq-1-tp").intValueExact() == 4);
        await().atMost(Duration.ofSeconds(20)).until(() -> quantity(account, "bq-1-sl").intValueExact() == 6);

        approve(account, request); // asked for 10, the replacement works 6: the group never sells more than 10
        assertThat(moved.join().getResponse().getStatus()).isIn(200, 202);
        awaitStatus(account, "bq-1-sl2", "new");
        assertThat(quantity(account, "bq-1-sl2")).isEqualByComparingTo("6");
        assertThat(api.statusOf(account, "bq-1-sl")).contains("replaced");

        // a replacement canceled before risk decided it: the leg it was to replace works on
        var again = api.patchAsync(account, "/api/orders/" + api.orderIdOf(account, "bq-1-sl2"), """
                {"stop_price": "96.00", "client_order_id": "bq-1-sl3"}
                """);
        awaitEvent(OrderRequested.class, r -> coid(r, "bq-1-sl3"));
        assertThat(again.join().getResponse().getStatus()).isEqualTo(202);
        assertThat(api.delete(account, "/api/orders/" + api.orderIdOf(account, "bq-1-sl3"))).hasStatus(204);
        awaitStatus(account, "bq-1-sl2", "new");
        assertThat(api.statusOf(account, "bq-1-sl3")).contains("canceled");
    }

    @Test
    void ofTwoConcurrentPatchesOfABracketsExitsExactlyOneIsTaken() {
        AccountId account = AccountId.of("it-bracket-concurrent");
        quote("CONC", "99.98", "100.00", 500);
        assertThat(api.post(account, """
                {"symbol": "CONC", "qty": 10, "side": "buy", "type": "market", "time_in_force": "gtc",
                 "client_order_id": "bc-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "90.00"}}
                """)).hasStatus(202);
        approveEach(account, "bc-1", "bc-1-tp", "bc-1-sl");
        awaitWorking(account, "bc-1-tp", "bc-1-sl");

        // each alone is valid; together they would cross (take-profit 95 under a stop at 97)
        var takeProfit = api.patchAsync(account, "/api/orders/" + api.orderIdOf(account, "bc-1-tp"), """
                {"limit_price": "95.00", "client_order_id": "bc-1-tp2"}
                """);
        var stopLoss = api.patchAsync(account, "/api/orders/" + api.orderIdOf(account, "bc-1-sl"), """
                {"stop_price": "97.00", "client_order_id": "bc-1-sl2"}
                """);

        assertThat(List.of(takeProfit.join().getResponse().getStatus(), stopLoss.join().getResponse().getStatus()))
                .as("one replacement waits for risk, the other is refused").containsExactlyInAnyOrder(202, 422);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void quote(String symbol, String bid, String ask, long size) {
        Instant now = CLOCK.instant();
        Symbol s = Symbol.of(symbol);
        send(Topic.QUOTES_NAME, symbol, new QuoteUpdated(UUID.randomUUID(), now, null, s, Price.of(bid),
                Price.of(ask), Quantity.of(size), Quantity.of(size), Price.of(ask), now));
        await().atMost(Duration.ofSeconds(20)).until(() -> quoteBook.latest(s)
                .filter(q -> q.ask().equals(Price.of(ask)) && q.bid().equals(Price.of(bid))
                        && q.bidSize().equals(Quantity.of(size))).isPresent());
    }

    /** Posts {@code body}, approves the request of its primary {@code clientOrderId} and waits until it works. */
    private void placeApproved(AccountId account, String clientOrderId, String body) {
        assertThat(api.post(account, body)).hasStatus(202);
        approve(account, awaitEvent(OrderRequested.class, r -> coid(r, clientOrderId)));
        awaitStatus(account, clientOrderId, "new");
    }

    /** Approves, in turn, the request of each client order id (each awaited first). */
    private void approveEach(AccountId account, String... clientOrderIds) {
        for (String clientOrderId : clientOrderIds) {
            approve(account, awaitEvent(OrderRequested.class, r -> coid(r, clientOrderId)));
        }
    }

    /** Waits until each order is {@code new} (working at the venue). */
    private void awaitWorking(AccountId account, String... clientOrderIds) {
        for (String clientOrderId : clientOrderIds) {
            awaitStatus(account, clientOrderId, "new");
        }
    }

    private static boolean coid(OrderRequested request, String clientOrderId) {
        return request.order().clientOrderId().value().equals(clientOrderId);
    }

    private OrderApproved approve(AccountId account, OrderRequested request) {
        OrderApproved approved = new OrderApproved(UUID.randomUUID(), Instant.now(), request.correlationId(), account,
                request.eventId(), request.order(), Price.of("100.00"), 1);
        send(Topic.ORDER_DECISIONS_NAME, account.value(), approved);
        return approved;
    }

    private void deny(AccountId account, OrderRequested request, String reasonCode) {
        send(Topic.ORDER_DECISIONS_NAME, account.value(), new OrderDenied(UUID.randomUUID(), Instant.now(),
                request.correlationId(), account, request.eventId(), request.order(), "TradingStateGate", reasonCode,
                "denied in the test", 1));
    }

    private java.math.BigDecimal filledQty(AccountId account, String clientOrderId) {
        return jdbc.sql("select filled_qty from orders where account_id = :a and client_order_id = :c")
                .param("a", account.value()).param("c", clientOrderId).query(java.math.BigDecimal.class).single();
    }

    private java.math.BigDecimal quantity(AccountId account, String clientOrderId) {
        return jdbc.sql("select qty from orders where account_id = :a and client_order_id = :c")
                .param("a", account.value()).param("c", clientOrderId).query(java.math.BigDecimal.class).single();
    }

    private void awaitStatus(AccountId account, String clientOrderId, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.statusOf(account, clientOrderId)).contains(status));
    }

    /** How many {@code OrderRequested} for the client order id reached Kafka so far. */
    private long requestsFor(AccountId account, String clientOrderId) {
        return topics.seen(OrderRequested.class, r -> r.accountId().equals(account) && coid(r, clientOrderId)).size();
    }

    private void send(String topic, String key, Event event) {
        topics.send(topic, key, event);
    }

    private <T extends Event> T awaitEvent(Class<T> type, Predicate<T> matching) {
        return topics.awaitEvent(type, matching);
    }
}
