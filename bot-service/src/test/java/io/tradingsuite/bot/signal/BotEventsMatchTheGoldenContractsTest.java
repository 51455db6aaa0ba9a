package io.tradingsuite.bot.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.bot.bot.Bot;
import io.tradingsuite.bot.bot.BotStatus;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.strategy.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Both sides of the wire contract for this service, against the golden files of common's test-jar: it reads the
 * bars and fills it consumes, and the order requests it produces have the golden shape.
 */
class BotEventsMatchTheGoldenContractsTest {

    @Test
    void readsTheGoldenBarAndFill() throws IOException {
        BarClosed bar = (BarClosed) EventJson.read(Topic.BARS, bytes(Topic.BARS, "BarClosed"));
        FillExecuted fill = (FillExecuted) EventJson.read(Topic.FILLS, bytes(Topic.FILLS, "FillExecuted"));

        assertThat(bar.symbol()).isEqualTo(Symbol.of("AAPL"));
        assertThat(bar.close().toJson()).isEqualTo("187.25");
        assertThat(fill.botId()).isEqualTo(BotId.of("ma-crossover-1"));
        assertThat(fill.side()).isEqualTo(Side.BUY);
        assertThat(fill.quantity()).isEqualTo(Quantity.of(4));
    }

    @Test
    void anOrderRequestHasTheGoldenShapeOfAMarketOrder() throws IOException {
        OrderRequested golden = (OrderRequested) EventJson.read(Topic.ORDER_REQUESTS,
                bytes(Topic.ORDER_REQUESTS, "OrderRequested"));
        Bot bot = new Bot(BotId.of("ma-crossover-1"), AccountId.of("demo"), "ma-crossover", Map.of(),
                List.of(Symbol.of("AAPL")), BotStatus.RUNNING, Instant.EPOCH, Instant.EPOCH);
        Signal signal = new Signal(Symbol.of("AAPL"), Side.BUY, Quantity.of(10), "golden cross");

        OrderRequested produced = BarProcessor.orderRequest(bot, signal, golden.order().clientOrderId(),
                golden.correlationId(), golden.occurredAt());

        assertThat(produced.accountId()).isEqualTo(golden.accountId());
        assertThat(produced.order().botId()).isEqualTo(golden.order().botId());
        assertThat(produced.order().source()).isEqualTo(golden.order().source());
        JsonNode producedJson = EventJson.mapper().readTree(EventJson.write(produced));
        JsonNode goldenJson = EventJson.mapper().readTree(bytes(Topic.ORDER_REQUESTS, "OrderRequested"));
        assertThat(names(producedJson)).isEqualTo(names(goldenJson));
        Set<String> goldenOrderFields = names(goldenJson.get("order"));
        goldenOrderFields.remove("limitPrice"); // the golden order is a limit order; bots send market orders
        assertThat(names(producedJson.get("order"))).isEqualTo(goldenOrderFields);
        assertThat(producedJson.get("order").get("type").asString()).isEqualTo("market");
        assertThat(producedJson.get("order").get("timeInForce").asString()).isEqualTo("day");
        assertThat(produced.order().clientOrderId()).isEqualTo(ClientOrderId.of("ma-crossover-1-sig-7f3a"));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.propertyNames().iterator().forEachRemaining(names::add);
        return names;
    }

    private static byte[] bytes(Topic topic, String type) throws IOException {
        String resource = "contracts/" + topic.topicName() + "/" + type + ".json";
        try (InputStream in = BotEventsMatchTheGoldenContractsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath (common test-jar)").isNotNull();
            return in.readAllBytes();
        }
    }
}
