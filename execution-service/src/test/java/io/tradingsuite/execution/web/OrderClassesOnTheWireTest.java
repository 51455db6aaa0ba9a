package io.tradingsuite.execution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.validation.ExitPrices;
import io.tradingsuite.common.validation.ValidatedClassOrder;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.orderclass.LegRole;
import io.tradingsuite.core.orderclass.Legs;
import io.tradingsuite.execution.order.Placement;
import io.tradingsuite.execution.orderclass.OrderGroupRepository.GroupLink;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The JSON of bracket / oco / oto orders: Alpaca's request fields in, {@code order_class} and nested legs out. */
class OrderClassesOnTheWireTest extends OrderControllerSliceTest {

    private static final AccountId ACCOUNT = AccountId.of("acc-classes");
    private static final Instant T0 = Instant.parse("2025-01-02T14:30:00Z");

    private MvcTestResult post(String body) {
        return mvc.post().uri("/api/orders").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(ACCOUNT, "TRADER")).exchange();
    }

    @Test
    void aBracketIsPlacedWithItsExitPricesAndAnsweredWithItsHeldLegsNested() {
        OrderTicket entryTicket = new OrderTicket(ClientOrderId.of("b-1"), Symbol.of("AAPL"), Side.BUY,
                OrderType.LIMIT, TimeInForce.GTC, Quantity.of(10), Price.of("100.00"), null, OrderSource.MANUAL, null);
        Order placed = Order.request(OrderId.of("entry-1"), ACCOUNT, entryTicket, "corr", T0);
        placed.apply(new OrderUpdate.Accept(T0));
        ExitPrices exits = new ExitPrices(Price.of("110.00"), Price.of("95.00"), Price.of("94.50"));
        List<Order> legs = Legs.of(OrderClass.BRACKET, entryTicket, exits).stream()
                .map(leg -> Order.held(OrderId.of("leg-" + leg.role().suffix().substring(1)), ACCOUNT, leg.ticket(),
                        "corr", T0))
                .toList();
        when(classEntry.place(eq(ACCOUNT), any())).thenReturn(new Placement(placed, true));
        when(groups.links(anyCollection())).thenReturn(Map.of(placed.id(),
                new GroupLink(placed.id(), OrderClass.BRACKET, placed.id(), null)));
        when(groups.legsOf(anyCollection())).thenReturn(Map.of(placed.id(), legs.stream().map(Order::id).toList()));
        when(queries.findAll(eq(ACCOUNT), anyCollection())).thenReturn(legs);

        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": "10", "side": "buy", "type": "limit", "limit_price": "100.00",
                 "time_in_force": "gtc", "client_order_id": "b-1", "order_class": "bracket",
                 "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": 95, "limit_price": "94.50"}}
                """);

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"id": "entry-1", "client_order_id": "b-1", "order_class": "bracket", "status": "new",
                 "side": "buy", "type": "limit", "limit_price": "100.00",
                 "legs": [
                   {"id": "leg-tp", "client_order_id": "b-1-tp", "order_class": "bracket", "status": "held",
                    "side": "sell", "type": "limit", "limit_price": "110.00", "qty": "10", "time_in_force": "gtc"},
                   {"id": "leg-sl", "client_order_id": "b-1-sl", "order_class": "bracket", "status": "held",
                    "side": "sell", "type": "stop_limit", "stop_price": "95.00", "limit_price": "94.50", "qty": "10"}]}
                """);
        ArgumentCaptor<ValidatedClassOrder> captor = ArgumentCaptor.forClass(ValidatedClassOrder.class);
        verify(classEntry).place(eq(ACCOUNT), captor.capture());
        assertThat(captor.getValue().orderClass()).isEqualTo(OrderClass.BRACKET);
        assertThat(captor.getValue().exits()).isEqualTo(exits);
        verify(entry, never()).place(any(), any());
    }

    @Test
    void anOcoNeedsOnlyItsTakeProfitsLimitPrice() {
        OrderTicket tp = new OrderTicket(ClientOrderId.of("o-1"), Symbol.of("AAPL"), Side.SELL, OrderType.LIMIT,
                TimeInForce.GTC, Quantity.of(5), Price.of("110.00"), null, OrderSource.MANUAL, null);
        when(classEntry.place(eq(ACCOUNT), any())).thenReturn(new Placement(
                Order.request(OrderId.of("tp-1"), ACCOUNT, tp, "corr", T0), true));

        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": 5, "side": "sell", "type": "limit", "time_in_force": "gtc",
                 "order_class": "oco", "take_profit": {"limit_price": "110.00"}, "stop_loss": {"stop_price": "95.00"}}
                """);

        assertThat(result).hasStatus(202);
        ArgumentCaptor<ValidatedClassOrder> captor = ArgumentCaptor.forClass(ValidatedClassOrder.class);
        verify(classEntry).place(eq(ACCOUNT), captor.capture());
        assertThat(captor.getValue().order().limitPrice()).isEqualTo(Price.of("110.00"));
        assertThat(captor.getValue().exits()).isEqualTo(new ExitPrices(Price.of("110.00"), Price.of("95.00"), null));
        assertThat(LegRole.STOP_LOSS.suffix()).isEqualTo("-sl");
    }

    @Test
    void aBuyBracketWithTheTakeProfitBelowTheStopIsA400ProblemWithFieldErrorsNeverA500() {
        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": "10", "side": "buy", "type": "market", "time_in_force": "day",
                 "order_class": "bracket", "take_profit": {"limit_price": "90.00"}, "stop_loss": {"stop_price": "95.00"}}
                """);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"code": "VALIDATION_FAILED", "status": 400,
                 "errors": [{"field": "take_profit.limit_price", "code": "VALIDATION_EXIT_PRICES"}]}
                """);
        verify(classEntry, never()).place(any(), any());
    }

    @Test
    void malformedExitsAndClassCombinationsAreReportedTogether() {
        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": "10", "side": "buy", "type": "stop", "stop_price": "99.00",
                 "time_in_force": "ioc", "order_class": "bracket", "take_profit": "110", "stop_loss": {},
                 "algo": {"type": "twap", "duration": "PT5M", "slices": 5}}
                """);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("take_profit",
                "stop_loss.stop_price", "type", "time_in_force", "order_class");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.field == 'take_profit')].code").asArray()
                .containsOnly("VALIDATION_FORMAT");
        verify(classEntry, never()).place(any(), any());
        verify(algoEntry, never()).place(any(), any(), any());
    }

    @Test
    void aSimpleOrderShowsItsClassAndNoLegs() {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of("s-1"), Symbol.of("AAPL"), Side.BUY, OrderType.MARKET,
                TimeInForce.DAY, Quantity.of(1), null, null, OrderSource.MANUAL, null);
        Order order = Order.request(OrderId.of("s-1"), ACCOUNT, ticket, "corr", T0);
        order.apply(new OrderUpdate.Accept(T0));
        when(entry.place(eq(ACCOUNT), any())).thenReturn(new Placement(order, true));

        MvcTestResult result = post("""
                {"symbol": "AAPL", "qty": 1, "side": "buy", "type": "market", "time_in_force": "day"}
                """);

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.order_class").isEqualTo("simple");
        assertThat(result).bodyJson().extractingPath("$.legs").isNull();
    }
}
