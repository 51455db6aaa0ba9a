package io.tradingsuite.execution.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.OrderDoneForDay;
import io.tradingsuite.common.events.OrderEvent;
import io.tradingsuite.common.events.OrderReplaced;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.events.Topic;
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
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The producer side of {@code execution.order-events.v1} for replaced and done_for_day orders: what
 * {@link OrderEventMapper} publishes round-trips through JSON and has exactly the fields of common's golden files.
 */
class PublishedOrderEventsMatchTheGoldenContractsTest {

    private static final Instant AT = Instant.parse("2026-03-02T14:31:00Z");

    @Test
    void aReplacedOrderIsPublishedAsOrderReplacedWithTheReplacementsIdsAndWhatItFilled() throws IOException {
        Order original = accepted("orig-1");
        original.apply(new Fill(TradeId.of("orig-1-1"), Quantity.of(4), Price.of("187.25"), AT));
        original.apply(new OrderUpdate.RequestReplace(AT));

        OrderEvent published = OrderEventMapper.toOrderEvent(original,
                original.apply(new OrderUpdate.Replaced(OrderId.of("ord-2"), ClientOrderId.of("repl-1"), AT))).orElseThrow();

        assertThat(published).isInstanceOfSatisfying(OrderReplaced.class, r -> {
            assertThat(r.orderId()).isEqualTo(original.id());
            assertThat(r.clientOrderId()).isEqualTo(ClientOrderId.of("orig-1"));
            assertThat(r.replacedBy()).isEqualTo(OrderId.of("ord-2"));
            assertThat(r.replacedByClientOrderId()).isEqualTo(ClientOrderId.of("repl-1"));
            assertThat(r.filledQuantity()).isEqualTo(Quantity.of(4));
            assertThat(r.correlationId()).isEqualTo("corr-orig-1");
            assertThat(r.occurredAt()).isEqualTo(AT);
            assertThat(r.terminal()).isTrue();
        });
        assertMatchesTheGoldenFile(published, "OrderReplaced");
    }

    @Test
    void anOrderDoneForTheDayIsPublishedAndItsResumptionIsNot() throws IOException {
        Order order = accepted("gtc-1");

        OrderEvent published = OrderEventMapper.toOrderEvent(order, order.apply(new OrderUpdate.DoneForDay(AT)))
                .orElseThrow();

        assertThat(published).isInstanceOfSatisfying(OrderDoneForDay.class, d -> {
            assertThat(d.filledQuantity()).isEqualTo(Quantity.ZERO);
            assertThat(d.terminal()).isFalse();
        });
        assertMatchesTheGoldenFile(published, "OrderDoneForDay");
        assertThat(OrderEventMapper.toOrderEvent(order, order.apply(new OrderUpdate.SessionOpened(AT)))).isEmpty();
    }

    private static Order accepted(String clientOrderId) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of(clientOrderId), Symbol.of("AAPL"), Side.BUY,
                OrderType.LIMIT, TimeInForce.GTC, Quantity.of(10), Price.of("187.25"), null, OrderSource.MANUAL, null);
        Order order = Order.request(OrderId.of("ord-" + clientOrderId), AccountId.of("demo"), ticket,
                "corr-" + clientOrderId, AT);
        order.apply(new OrderUpdate.Accept(AT));
        return order;
    }

    private static void assertMatchesTheGoldenFile(OrderEvent published, String type) throws IOException {
        byte[] golden = golden(type);
        Event read = EventJson.read(Topic.ORDER_EVENTS, EventJson.write(published));
        assertThat(read).isEqualTo(published);
        assertThat(Topic.of(published)).isEqualTo(Topic.ORDER_EVENTS);
        JsonNode producedJson = EventJson.mapper().readTree(EventJson.write(published));
        JsonNode goldenJson = EventJson.mapper().readTree(golden);
        assertThat(names(producedJson)).isEqualTo(names(goldenJson));
        assertThat(producedJson.get("type").asString()).isEqualTo(goldenJson.get("type").asString());
        assertThat(EventJson.read(Topic.ORDER_EVENTS, golden)).isInstanceOf(published.getClass());
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.propertyNames().iterator().forEachRemaining(names::add);
        return names;
    }

    private static byte[] golden(String type) throws IOException {
        String resource = "contracts/" + Topic.ORDER_EVENTS.topicName() + "/" + type + ".json";
        try (InputStream in = PublishedOrderEventsMatchTheGoldenContractsTest.class.getClassLoader()
                .getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath (common test-jar)").isNotNull();
            return in.readAllBytes();
        }
    }
}
