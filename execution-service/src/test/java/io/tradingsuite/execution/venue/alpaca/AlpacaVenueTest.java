package io.tradingsuite.execution.venue.alpaca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.config.AlpacaProperties;
import io.tradingsuite.execution.venue.VenueException;
import io.tradingsuite.execution.venue.VenueOrder;
import io.tradingsuite.execution.venue.VenueOutcome;
import io.tradingsuite.execution.venue.VenuePosition;
import io.tradingsuite.execution.venue.VenueReplace;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Alpaca REST adapter against WireMock stubs in Alpaca's documented shapes (loopback, dynamic port). */
class AlpacaVenueTest {

    static final String COID = "0b7a4f9e-5b8e-4c8a-9f43-2d7d3f0c1a11";
    static final String ALPACA_ID = "61e69015-8549-4bfd-b9c3-01e75843f47d";
    static final String BY_COID = "/v2/orders:by_client_order_id?client_order_id=" + COID;

    WireMockServer alpaca;
    List<Duration> waits = new CopyOnWriteArrayList<>();
    AlpacaVenue venue;

    @BeforeEach
    void start() {
        alpaca = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        alpaca.start();
        venue = venue(Duration.ofSeconds(5));
    }

    AlpacaVenue venue(Duration readTimeout) {
        AlpacaProperties properties = new AlpacaProperties(AlpacaProperties.Mode.PAPER,
                new AlpacaProperties.Endpoints(URI.create(alpaca.baseUrl()), URI.create("ws://127.0.0.1:1/stream")),
                null, Duration.ofSeconds(2), readTimeout, new AlpacaProperties.Retry(4, Duration.ofMillis(100),
                Duration.ofSeconds(1), null), null, null);
        AlpacaCredentials keys = AlpacaCredentials.of(properties, new Secrets(Map.of(
                "ALPACA_PAPER_KEY_ID", "PKTEST1234", "ALPACA_PAPER_SECRET_KEY", "paper-secret-value")));
        return new AlpacaVenue(AlpacaConfiguration.restClient(properties, keys), new AlpacaJson(), properties.retry(),
                waits::add);
    }

    @AfterEach
    void stop() {
        alpaca.stop();
    }

    static OrderTicket limitBuy() {
        return new OrderTicket(ClientOrderId.of(COID), Symbol.of("AAPL"), Side.BUY, OrderType.LIMIT, TimeInForce.DAY,
                Quantity.of(10), Price.of("150.25"), null, OrderSource.MANUAL, null);
    }

    @Test
    void aSubmittedOrderCarriesOurClientOrderIdAndDecimalStringsAndTheKeys() {
        alpaca.stubFor(post("/v2/orders").willReturn(okJson(AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25"))));

        VenueOutcome outcome = venue.submit(limitBuy());

        assertThat(outcome).isInstanceOf(VenueOutcome.Accepted.class);
        VenueOrder order = ((VenueOutcome.Accepted) outcome).order();
        assertThat(order.venueOrderId()).isEqualTo(ALPACA_ID);
        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
        assertThat(order.limitPrice()).isEqualTo(Price.of("150.25"));
        alpaca.verify(1, postRequestedFor(urlEqualTo("/v2/orders"))
                .withHeader("APCA-API-KEY-ID", equalTo("PKTEST1234"))
                .withHeader("APCA-API-SECRET-KEY", equalTo("paper-secret-value"))
                .withRequestBody(equalToJson("""
                        {"symbol":"AAPL","qty":"10","side":"buy","type":"limit","time_in_force":"day",
                         "limit_price":"150.25","client_order_id":"%s"}""".formatted(COID))));
    }

    @Test
    void twoExitsGoAsOneOcoOrderInAlpacasDocumentedShapeAndTheStopLossLegIsRead() {
        String legId = "a5d0b2f1-7c3e-4f6a-9b1d-3e2f1a0c9b88";
        String legCoid = "f1c2d3e4-0000-4aaa-8bbb-123456789abc";
        String stopLeg = AlpacaOrders.order(legId, legCoid, "AAPL", "sell", "stop", "10", null, "95.5", "new", "0",
                null, null, null, "oco", null);
        alpaca.stubFor(post("/v2/orders").willReturn(okJson(AlpacaOrders.order(ALPACA_ID, COID, "AAPL", "sell",
                "limit", "10", "105.25", null, "new", "0", null, null, null, "oco", "[" + stopLeg.strip() + "]"))));
        OrderTicket takeProfit = new OrderTicket(ClientOrderId.of(COID), Symbol.of("AAPL"), Side.SELL, OrderType.LIMIT,
                TimeInForce.GTC, Quantity.of(10), Price.of("105.25"), null, OrderSource.MANUAL, null);
        OrderTicket stopLoss = new OrderTicket(ClientOrderId.of("6d1f1f5e-1111-4c3b-9d9e-0a0b0c0d0e0f"),
                Symbol.of("AAPL"), Side.SELL, OrderType.STOP_LIMIT, TimeInForce.GTC, Quantity.of(10), Price.of("95.00"),
                Price.of("95.50"), OrderSource.MANUAL, null);

        VenueOutcome outcome = venue.submitOco(takeProfit, stopLoss);

        assertThat(outcome).isInstanceOf(VenueOutcome.Accepted.class);
        VenueOutcome.Accepted accepted = (VenueOutcome.Accepted) outcome;
        assertThat(accepted.order().clientOrderId()).isEqualTo(ClientOrderId.of(COID));
        assertThat(accepted.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.venueOrderId()).isEqualTo(legId);
            assertThat(leg.clientOrderId()).as("Alpaca generates the leg's client order id")
                    .isEqualTo(ClientOrderId.of(legCoid));
            assertThat(leg.stopPrice()).isEqualTo(Price.of("95.5"));
        });
        alpaca.verify(1, postRequestedFor(urlEqualTo("/v2/orders")).withRequestBody(equalToJson("""
                {"symbol":"AAPL","qty":"10","side":"sell","type":"limit","time_in_force":"gtc","order_class":"oco",
                 "take_profit":{"limit_price":"105.25"},"stop_loss":{"stop_price":"95.50","limit_price":"95.00"},
                 "client_order_id":"%s"}""".formatted(COID))));
    }

    @Test
    void anOcoOrderAlreadyAtAlpacaIsReadWithItsLegsInsteadOfSentAgain() {
        String legCoid = "f1c2d3e4-0000-4aaa-8bbb-123456789abc";
        String stopLeg = AlpacaOrders.order("leg-1", legCoid, "AAPL", "sell", "stop", "10", null, "95", "new", "0",
                null, null, null, "oco", null);
        String withLegs = AlpacaOrders.order(ALPACA_ID, COID, "AAPL", "sell", "limit", "10", "105", null, "new", "0",
                null, null, null, "oco", "[" + stopLeg.strip() + "]");
        alpaca.stubFor(post("/v2/orders").willReturn(aResponse().withStatus(422)
                .withBody("{\"code\":40010001,\"message\":\"client_order_id must be unique\"}")));
        alpaca.stubFor(get(BY_COID).willReturn(okJson(AlpacaOrders.order(ALPACA_ID, COID, "AAPL", "sell", "limit",
                "10", "105", null, "new", "0", null, null, null, "oco", null))));
        alpaca.stubFor(get("/v2/orders/" + ALPACA_ID + "?nested=true").willReturn(okJson(withLegs)));
        OrderTicket takeProfit = new OrderTicket(ClientOrderId.of(COID), Symbol.of("AAPL"), Side.SELL, OrderType.LIMIT,
                TimeInForce.DAY, Quantity.of(10), Price.of("105"), null, OrderSource.MANUAL, null);
        OrderTicket stopLoss = new OrderTicket(ClientOrderId.of("6d1f1f5e-1111-4c3b-9d9e-0a0b0c0d0e0f"),
                Symbol.of("AAPL"), Side.SELL, OrderType.STOP, TimeInForce.DAY, Quantity.of(10), null, Price.of("95"),
                OrderSource.MANUAL, null);

        VenueOutcome outcome = venue.submitOco(takeProfit, stopLoss);

        assertThat(((VenueOutcome.Accepted) outcome).legs()).singleElement()
                .satisfies(leg -> assertThat(leg.clientOrderId()).isEqualTo(ClientOrderId.of(legCoid)));
        alpaca.verify(1, postRequestedFor(urlEqualTo("/v2/orders")));
    }

    @Test
    void aTrailingStopIsSentWithItsTrailPercent() {
        alpaca.stubFor(post("/v2/orders").willReturn(okJson(AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25"))));
        OrderTicket trailing = new OrderTicket(ClientOrderId.of(COID), Symbol.of("AAPL"), Side.SELL,
                OrderType.TRAILING_STOP, TimeInForce.GTC, Quantity.of(10), null, null, OrderSource.MANUAL, null, null,
                new java.math.BigDecimal("2.5"));

        venue.submit(trailing);

        alpaca.verify(1, postRequestedFor(urlEqualTo("/v2/orders")).withRequestBody(equalToJson("""
                {"symbol":"AAPL","qty":"10","side":"sell","type":"trailing_stop","time_in_force":"gtc",
                 "trail_percent":"2.5","client_order_id":"%s"}""".formatted(COID))));
    }

    @Test
    void insufficientBuyingPowerIsARejectionWithAlpacasCodeAndMessage() {
        alpaca.stubFor(post("/v2/orders").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":40310000,\"message\":\"insufficient buying power\"}")));

        VenueOutcome outcome = venue.submit(limitBuy());

        assertThat(outcome).isEqualTo(new VenueOutcome.Rejected("VENUE_REJECTED", "40310000 insufficient buying power"));
        alpaca.verify(1, postRequestedFor(urlEqualTo("/v2/orders")));
    }

    @Test
    void anUnprocessableOrderIsARejection() {
        alpaca.stubFor(post("/v2/orders").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":42210000,\"message\":\"qty must be > 0\"}")));

        assertThat(venue.submit(limitBuy()))
                .isEqualTo(new VenueOutcome.Rejected("VENUE_REJECTED", "42210000 qty must be > 0"));
    }

    @Test
    void rateLimitedThenAcceptedCreatesExactlyOneOrder() {
        alpaca.stubFor(post("/v2/orders").inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"code\":42910000,\"message\":\"rate limit exceeded\"}"))
                .willSetStateTo("created"));
        alpaca.stubFor(post("/v2/orders").inScenario("rate limit").whenScenarioStateIs("created")
                .willReturn(okJson(AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25")))
                .willSetStateTo("exists"));
        alpaca.stubFor(post("/v2/orders").inScenario("rate limit").whenScenarioStateIs("exists")
                .willReturn(aResponse().withStatus(422)
                        .withBody("{\"code\":40010001,\"message\":\"client_order_id must be unique\"}")));

        VenueOutcome outcome = venue.submit(limitBuy());

        assertThat(((VenueOutcome.Accepted) outcome).order().venueOrderId()).isEqualTo(ALPACA_ID);
        assertThat(alpaca.getAllScenarios().getScenarios().getFirst().getState()).isEqualTo("exists");
        alpaca.verify(2, postRequestedFor(urlEqualTo("/v2/orders")));
        alpaca.verify(0, getRequestedFor(urlPathEqualTo("/v2/orders:by_client_order_id")));
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAfterCheckingTheOrderIsNotThere() {
        alpaca.stubFor(post("/v2/orders").inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        alpaca.stubFor(post("/v2/orders").inScenario("5xx").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")).willSetStateTo("third"));
        alpaca.stubFor(post("/v2/orders").inScenario("5xx").whenScenarioStateIs("third")
                .willReturn(okJson(AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25"))));
        alpaca.stubFor(get(BY_COID).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":40410000,\"message\":\"order not found\"}")));

        VenueOutcome outcome = venue.submit(limitBuy());

        assertThat(outcome).isInstanceOf(VenueOutcome.Accepted.class);
        alpaca.verify(3, postRequestedFor(urlEqualTo("/v2/orders")));
        alpaca.verify(2, getRequestedFor(urlEqualTo(BY_COID)));
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void retriesAreBounded() {
        alpaca.stubFor(get("/v2/positions").willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> venue.positions()).isInstanceOf(VenueException.Unavailable.class)
                .hasMessageContaining("HTTP 502");
        alpaca.verify(4, getRequestedFor(urlEqualTo("/v2/positions")));
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void aTimedOutSubmitIsResolvedByLookingTheOrderUpAndNotSentAgain() {
        venue = venue(Duration.ofMillis(300));
        alpaca.stubFor(post("/v2/orders").willReturn(okJson(AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25"))
                .withFixedDelay(3_000)));
        alpaca.stubFor(get(BY_COID).willReturn(okJson(AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25"))));

        VenueOutcome outcome = venue.submit(limitBuy());

        assertThat(((VenueOutcome.Accepted) outcome).order().venueOrderId()).isEqualTo(ALPACA_ID);
        alpaca.verify(1, postRequestedFor(urlEqualTo("/v2/orders")));
        alpaca.verify(1, getRequestedFor(urlEqualTo(BY_COID)));
        assertThat(waits).isEmpty();
    }

    @Test
    void aCancelDeletesAlpacasOrderAndAnswersItsNewState() {
        alpaca.stubFor(get(BY_COID).inScenario("cancel").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25"))));
        alpaca.stubFor(delete("/v2/orders/" + ALPACA_ID).inScenario("cancel")
                .willReturn(aResponse().withStatus(204)).willSetStateTo("canceled"));
        alpaca.stubFor(get(BY_COID).inScenario("cancel").whenScenarioStateIs("canceled")
                .willReturn(okJson(AlpacaOrders.order(ALPACA_ID, COID, "AAPL", "buy", "limit", "10", "150.25",
                        "pending_cancel", "0", null, null, null))));

        VenueOrder after = venue.cancel(ClientOrderId.of(COID));

        assertThat(after.status()).isEqualTo(OrderStatus.PENDING_CANCEL);
        alpaca.verify(1, deleteRequestedFor(urlEqualTo("/v2/orders/" + ALPACA_ID)));
    }

    @Test
    void cancelingAnOrderAlpacaDoesNotKnowIsAnError() {
        alpaca.stubFor(get(BY_COID).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":40410000,\"message\":\"order not found\"}")));

        assertThatThrownBy(() -> venue.cancel(ClientOrderId.of(COID))).isInstanceOf(VenueException.UnknownOrder.class);
    }

    @Test
    void cancelingAFilledOrderIsRefused() {
        alpaca.stubFor(get(BY_COID).willReturn(okJson(AlpacaOrders.order(ALPACA_ID, COID, "AAPL", "buy", "limit", "10",
                "150.25", "filled", "10", "150.2", null, null))));
        alpaca.stubFor(delete("/v2/orders/" + ALPACA_ID).willReturn(aResponse().withStatus(422)
                .withBody("{\"code\":42210000,\"message\":\"order is already in \\\"filled\\\" state\"}")));

        assertThatThrownBy(() -> venue.cancel(ClientOrderId.of(COID))).isInstanceOf(VenueException.Refused.class)
                .hasMessageContaining("filled");
    }

    @Test
    void aReplaceIsAPatchAnsweringTheNewOrderThatReplacesTheOld() {
        String newCoid = "5c1d1c77-2c8a-4f5b-b3a4-6c0b7f3e9d22";
        String newId = "a2d4a5c6-0e1f-4b8e-8d2a-7f9c3b1e6a55";
        alpaca.stubFor(get(BY_COID).willReturn(okJson(AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25"))));
        alpaca.stubFor(patch(urlEqualTo("/v2/orders/" + ALPACA_ID)).willReturn(okJson(AlpacaOrders.order(newId, newCoid,
                "AAPL", "buy", "limit", "10", "151", "new", "0", null, null, ALPACA_ID))));

        VenueOrder replacement = venue.replace(ClientOrderId.of(COID), new VenueReplace(null, Price.of("151"), null,
                null, ClientOrderId.of(newCoid)));

        assertThat(replacement.venueOrderId()).isEqualTo(newId);
        assertThat(replacement.replaces()).isEqualTo(ALPACA_ID);
        assertThat(replacement.limitPrice()).isEqualTo(Price.of("151"));
        alpaca.verify(1, patchRequestedFor(urlEqualTo("/v2/orders/" + ALPACA_ID)).withRequestBody(equalToJson(
                "{\"limit_price\":\"151.00\",\"client_order_id\":\"" + newCoid + "\"}")));
    }

    @Test
    void openOrdersAndSignedPositionsAreRead() {
        alpaca.stubFor(get(urlPathEqualTo("/v2/orders")).withQueryParam("status", equalTo("open"))
                .willReturn(okJson("[" + AlpacaOrders.newLimitBuy(ALPACA_ID, COID, "10", "150.25") + "]")));
        alpaca.stubFor(get("/v2/positions").willReturn(okJson("""
                [{"asset_id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","symbol":"AAPL","exchange":"NASDAQ",
                  "asset_class":"us_equity","avg_entry_price":"100.125","qty":"5","qty_available":"5","side":"long",
                  "market_value":"600.0","cost_basis":"500.625","unrealized_pl":"99.375","current_price":"120.0"},
                 {"asset_id":"f30d734c-2806-4d0d-b145-f9fade61432b","symbol":"TSLA","exchange":"NASDAQ",
                  "asset_class":"us_equity","avg_entry_price":"200","qty":"-3","qty_available":"-3","side":"short",
                  "market_value":"-600.0","cost_basis":"-600","unrealized_pl":"0","current_price":"200"}]""")));

        assertThat(venue.openOrders()).extracting(VenueOrder::clientOrderId).containsExactly(ClientOrderId.of(COID));
        assertThat(venue.positions()).containsExactly(
                new VenuePosition(Symbol.of("AAPL"), Quantity.of(5), Price.of("100.125")),
                new VenuePosition(Symbol.of("TSLA"), Quantity.of(-3), Price.of("200")));
    }

    @Test
    void anOrderAlpacaIsDoneWithForTheDayIsReadAsDoneForDay() {
        alpaca.stubFor(get(BY_COID).willReturn(okJson(AlpacaOrders.order(ALPACA_ID, COID, "AAPL", "buy", "limit", "10",
                "150.25", "done_for_day", "4", "150.2", null, null))));

        VenueOrder order = venue.lookup(ClientOrderId.of(COID)).orElseThrow();

        assertThat(order.status()).isEqualTo(OrderStatus.DONE_FOR_DAY);
        assertThat(order.filledQuantity()).isEqualTo(Quantity.of(4));
        assertThat(order.status().isWorking()).as("it does not fill before the next session").isFalse();
    }

    @Test
    void alpacaStatusesMapToOurs() {
        Quantity ten = Quantity.of(10);
        assertThat(AlpacaJson.status("accepted", ten, Quantity.ZERO)).isEqualTo(OrderStatus.NEW);
        assertThat(AlpacaJson.status("pending_new", ten, Quantity.ZERO)).isEqualTo(OrderStatus.NEW);
        assertThat(AlpacaJson.status("partially_filled", ten, Quantity.of(3))).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(AlpacaJson.status("done_for_day", ten, Quantity.of(3))).isEqualTo(OrderStatus.DONE_FOR_DAY);
        assertThat(AlpacaJson.status("done_for_day", ten, Quantity.ZERO)).isEqualTo(OrderStatus.DONE_FOR_DAY);
        assertThat(AlpacaJson.status("done_for_day", ten, ten)).isEqualTo(OrderStatus.FILLED);
        assertThat(AlpacaJson.status("stopped", ten, Quantity.of(3))).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(AlpacaJson.status("filled", ten, ten)).isEqualTo(OrderStatus.FILLED);
        assertThat(AlpacaJson.status("canceled", ten, Quantity.ZERO)).isEqualTo(OrderStatus.CANCELED);
        assertThat(AlpacaJson.status("expired", ten, Quantity.ZERO)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(AlpacaJson.status("replaced", ten, Quantity.ZERO)).isEqualTo(OrderStatus.REPLACED);
        assertThat(AlpacaJson.status("pending_cancel", ten, Quantity.ZERO)).isEqualTo(OrderStatus.PENDING_CANCEL);
        assertThat(AlpacaJson.status("pending_replace", ten, Quantity.ZERO)).isEqualTo(OrderStatus.PENDING_REPLACE);
        assertThat(AlpacaJson.status("rejected", ten, Quantity.ZERO)).isEqualTo(OrderStatus.REJECTED);
        assertThatThrownBy(() -> AlpacaJson.status("mystery", ten, Quantity.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
