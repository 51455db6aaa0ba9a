package io.tradingsuite.execution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.test.TestJwt;
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
import io.tradingsuite.common.validation.ValidatedOrder;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.algo.AlgoParameters;
import io.tradingsuite.execution.order.Placement;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class OrderEntryIsValidatedAndAuthorizedTest extends OrderControllerSliceTest {

    private static final AccountId ACCOUNT = AccountId.of("acc-web");
    private static final Instant T0 = Instant.parse("2025-01-02T14:30:00Z");

    private MvcTestResult post(String body, String authorization) {
        var request = mvc.post().uri("/api/orders").contentType(MediaType.APPLICATION_JSON).content(body);
        if (authorization != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.exchange();
    }

    private static Order order(String coid) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of(coid), Symbol.of("AAPL"), Side.BUY, OrderType.LIMIT,
                TimeInForce.DAY, Quantity.of(10), Price.of("187.25"), null, OrderSource.MANUAL, null);
        return Order.request(OrderId.of("o-1"), ACCOUNT, ticket, "corr", T0);
    }

    @Test
    void anInvalidOrderIsA400ProblemListingEveryBadField() {
        MvcTestResult result = post("""
                {"symbol": "ZZZZ", "side": "hold", "type": "market", "time_in_force": "day"}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("symbol", "qty", "side");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.field == 'qty')].code").asArray()
                .containsExactly("VALIDATION_REQUIRED");
        verify(entry, never()).place(any(), any());
    }

    @Test
    void aViewerMayNotPlaceOrders() {
        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "time_in_force": "day"}
                """, TestJwt.bearer(ACCOUNT, "VIEWER"));

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("AUTH_FORBIDDEN");
        verify(entry, never()).place(any(), any());
    }

    @Test
    void anUnauthenticatedCallerGets401() {
        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "time_in_force": "day"}
                """, null);

        assertThat(result).hasStatus(401);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED");
    }

    @Test
    void numbersAreAcceptedAndTheDecidedOrderIsReturnedInAlpacaShape() {
        Order accepted = order("my-order-1");
        accepted.apply(new OrderUpdate.Accept(T0.plusSeconds(1)));
        when(entry.place(eq(ACCOUNT), any())).thenReturn(new Placement(accepted, true));

        MvcTestResult result = post("""
                {"symbol": "aapl", "qty": 10, "side": "buy", "type": "limit", "time_in_force": "day",
                 "limit_price": 187.25, "client_order_id": "my-order-1"}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"id": "o-1", "client_order_id": "my-order-1", "symbol": "AAPL", "qty": "10", "filled_qty": "0",
                 "side": "buy", "type": "limit", "time_in_force": "day", "limit_price": "187.25", "status": "new",
                 "source": "manual", "created_at": "2025-01-02T14:30:00Z", "submitted_at": "2025-01-02T14:30:01Z"}
                """);
        ArgumentCaptor<ValidatedOrder> placed = ArgumentCaptor.forClass(ValidatedOrder.class);
        verify(entry).place(eq(ACCOUNT), placed.capture());
        assertThat(placed.getValue().quantity()).isEqualTo(Quantity.of(10));
        assertThat(placed.getValue().limitPrice()).isEqualTo(Price.of("187.25"));
        assertThat(placed.getValue().clientOrderId()).isEqualTo(ClientOrderId.of("my-order-1"));
    }

    @Test
    void aDenialWithinTheWaitIsA403WithTheRiskReasonCode() {
        Order denied = order("c-2");
        denied.apply(new OrderUpdate.Deny("RISK_MAX_NOTIONAL", "notional 1872.50 above 1000.00", T0));
        when(entry.place(eq(ACCOUNT), any())).thenReturn(new Placement(denied, true));

        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": "10", "side": "buy", "type": "limit", "time_in_force": "day", "limit_price": "187.25"}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("RISK_MAX_NOTIONAL");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("notional 1872.50 above 1000.00");
    }

    @Test
    void noDecisionWithinTheWaitIsA202WithThePendingOrder() {
        when(entry.place(eq(ACCOUNT), any())).thenReturn(new Placement(order("c-3"), true));

        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": "10", "side": "buy", "type": "limit", "time_in_force": "day", "limit_price": "187.25"}
                """, TestJwt.bearer(ACCOUNT, "ADMIN"));

        assertThat(result).hasStatus(202);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("pending_new");
    }

    @Test
    void badAlgorithmParametersAreA400ListingEachAlgoFieldWithTheOrdersOwnErrors() {
        MvcTestResult result = post("""
                {"symbol": "AAPL", "side": "buy", "type": "market", "time_in_force": "ioc",
                 "algo": {"type": "twap", "duration": "five minutes", "slices": 0}}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("qty", "time_in_force", "algo.duration", "algo.slices");
        verify(algoEntry, never()).place(any(), any(), any());
    }

    @Test
    void eachAlgorithmRequiresItsOwnParameters() {
        for (String[] bodyAndField : new String[][] {
                {"{\"type\": \"vwap\", \"duration\": \"PT5M\"}", "algo.slices"},
                {"{\"type\": \"pov\", \"participation\": \"1.5\"}", "algo.participation"},
                {"{\"type\": \"iceberg\", \"display_qty\": \"11\"}", "algo.display_qty"},
                {"{\"type\": \"sniper\"}", "algo.type"},
                {"\"twap\"", "algo"}}) {
            MvcTestResult result = post("""
                    {"symbol": "AAPL", "qty": "10", "side": "buy", "type": "market", "time_in_force": "day",
                     "algo": %s}
                    """.formatted(bodyAndField[0]), TestJwt.bearer(ACCOUNT, "TRADER"));

            assertThat(result).as(bodyAndField[0]).hasStatus(400);
            assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().as(bodyAndField[0])
                    .containsExactly(bodyAndField[1]);
        }
        verify(algoEntry, never()).place(any(), any(), any());
    }

    @Test
    void aValidTwapIsPlacedAsAParentWithItsParameters() {
        Order parent = order("twap-1");
        parent.apply(new OrderUpdate.Accept(T0));
        when(algoEntry.place(eq(ACCOUNT), any(), any())).thenReturn(new Placement(parent, true));

        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": 100, "side": "buy", "type": "market", "time_in_force": "day",
                 "client_order_id": "twap-1", "algo": {"type": "TWAP", "duration": "PT5M", "slices": "5"}}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));

        assertThat(result).hasStatus(200);
        ArgumentCaptor<AlgoParameters> algo = ArgumentCaptor.forClass(AlgoParameters.class);
        verify(algoEntry).place(eq(ACCOUNT), any(), algo.capture());
        assertThat(algo.getValue()).isEqualTo(AlgoParameters.twap(java.time.Duration.ofMinutes(5), 5));
        verify(entry, never()).place(any(), any());
    }

    @Test
    void anotherAccountsOrderIsNotFound() {
        when(queries.find(eq(ACCOUNT), any())).thenReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/orders/o-other")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(ACCOUNT, "VIEWER")).exchange();

        assertThat(result).hasStatus(404);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void anOrderIsFoundByItsClientOrderIdOnTheAlpacaPath() {
        when(queries.findByClientOrderId(ACCOUNT, ClientOrderId.of("c-9"))).thenReturn(Optional.of(order("c-9")));

        MvcTestResult result = mvc.get().uri("/api/orders:by_client_order_id?client_order_id=c-9")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(ACCOUNT, "VIEWER")).exchange();

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.client_order_id").isEqualTo("c-9");
    }

    @Test
    void aNotionalBuyIsSizedFromTheAskToAFractionalQuantity() {
        Order accepted = order("notional-1");
        when(entry.place(eq(ACCOUNT), any())).thenReturn(new Placement(accepted, true));

        MvcTestResult result = post("""
                {"symbol": "AAPL", "notional": "1000.00", "side": "buy", "type": "market", "time_in_force": "day",
                 "client_order_id": "notional-1"}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));

        assertThat(result).hasStatus(202);
        ArgumentCaptor<ValidatedOrder> placed = ArgumentCaptor.forClass(ValidatedOrder.class);
        verify(entry).place(eq(ACCOUNT), placed.capture());
        // 1000.00 / 187.25 = 5.3404539385..., rounded down to 9 decimals
        assertThat(placed.getValue().quantity()).isEqualTo(Quantity.of("5.340453938"));
    }

    @Test
    void aNotionalOrderMustBeAMarketDayOrderWithoutQtyAndWithAQuote() {
        MvcTestResult both = post("""
                {"symbol": "AAPL", "qty": "1", "notional": "100", "side": "buy", "type": "market", "time_in_force": "day"}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));
        MvcTestResult limit = post("""
                {"symbol": "AAPL", "notional": "100", "side": "buy", "type": "limit", "limit_price": "187.00",
                 "time_in_force": "day"}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));
        MvcTestResult noQuote = post("""
                {"symbol": "MSFT", "notional": "100", "side": "buy", "type": "market", "time_in_force": "day"}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));
        MvcTestResult cents = post("""
                {"symbol": "AAPL", "notional": "100.001", "side": "buy", "type": "market", "time_in_force": "day"}
                """, TestJwt.bearer(ACCOUNT, "TRADER"));

        for (MvcTestResult result : java.util.List.of(both, limit, noQuote, cents)) {
            assertThat(result).hasStatus(400);
            assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("notional")
                    .doesNotContain("qty");
        }
        assertThat(noQuote).bodyJson().extractingPath("$.errors[*].field").asArray().contains("symbol");
    }
}
