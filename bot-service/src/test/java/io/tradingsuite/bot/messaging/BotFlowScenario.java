package io.tradingsuite.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.types.TradeId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The bot flow through Kafka and the database: bars crafted to make a golden cross produce exactly one
 * OrderRequested on {@code risk.order-requests.v1}; the signal is listed; a redelivered bar asks for nothing more;
 * the bot's own fill makes it long so a death cross sells the whole position, and the closing fill shows in the
 * bot's P&amp;L and hit rate (REST and gauges, present at zero before any fill); a stopped bot emits nothing.
 * Subclasses choose where PostgreSQL comes from.
 */
abstract class BotFlowScenario {

    private static final Instant T0 = Instant.parse("2024-03-04T14:30:00Z");
    private static final AccountId DEMO = TestJwt.DEMO;
    private static final BotId BOT = BotId.of("ma-crossover-1");
    private static final String VIEWER = TestJwt.bearer(DEMO, "VIEWER");
    private static final String TRADER = TestJwt.bearer(DEMO, "TRADER");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KafkaOperations<String, Object> kafka;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private KafkaConsumer<String, byte[]> consumer;
    private final List<OrderRequested> requests = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bot-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topic.ORDER_REQUESTS_NAME));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void aGoldenCrossAsksRiskForOneMarketOrderAndADeathCrossSellsWhatWasFilled() {
        assertThat(meters.get("ts.bot.pnl.realized").tag("bot", "ma-crossover-1").gauge().value()).isZero();
        assertThat(meters.get("ts.bot.hit.rate").tag("bot", "ma-crossover-1").gauge().value()).isZero();
        assertThat(mvc.get().uri("/api/bots/ma-crossover-1/performance").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.bot_id", v -> v.assertThat().isEqualTo("ma-crossover-1"))
                .hasPathSatisfying("$.realized_pnl", v -> v.assertThat().isEqualTo("0.00"))
                .hasPathSatisfying("$.round_trips", v -> v.assertThat().isEqualTo(0));

        // closes 12, 11, 10: fast SMA(2) below slow SMA(3); 13: golden cross -> buy floor(1000 / 13) = 76
        List<BarClosed> aapl = List.of(bar("AAPL", 0, "12"), bar("AAPL", 1, "11"), bar("AAPL", 2, "10"),
                bar("AAPL", 3, "13"));
        aapl.forEach(this::send);

        OrderRequested request = awaitRequests(1).getFirst();
        OrderTicket order = request.order();
        assertThat(request.accountId()).isEqualTo(DEMO);
        assertThat(request.partitionKey()).isEqualTo("demo");
        assertThat(order.symbol()).isEqualTo(Symbol.of("AAPL"));
        assertThat(order.side()).isEqualTo(Side.BUY);
        assertThat(order.quantity()).isEqualTo(Quantity.of(76));
        assertThat(order.type()).isEqualTo(OrderType.MARKET);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(order.source()).isEqualTo(OrderSource.BOT);
        assertThat(order.botId()).isEqualTo(BOT);
        assertThat(order.limitPrice()).isNull();
        assertThat(order.clientOrderId().value()).startsWith("bot-ma-crossover-1-");
        assertThat(request.correlationId()).isNotBlank();

        assertThat(mvc.get().uri("/api/bots/ma-crossover-1/signals").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.length()", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$[0].side", v -> v.assertThat().isEqualTo("buy"))
                .hasPathSatisfying("$[0].qty", v -> v.assertThat().isEqualTo("76"))
                .hasPathSatisfying("$[0].client_order_id", v -> v.assertThat().isEqualTo(order.clientOrderId().value()))
                .hasPathSatisfying("$[0].correlation_id", v -> v.assertThat().isEqualTo(request.correlationId()));
        assertThat(meters.get("ts.bot.signals").tag("bot", "ma-crossover-1").tag("side", "buy").counter().count())
                .isEqualTo(1.0);

        // the golden-cross bar again (same event id): the inbox swallows it
        send(aapl.getLast());
        BarClosed marker = bar("AAPL", 4, "14");
        send(marker);
        awaitProcessed(marker);
        assertThat(signalCount()).isEqualTo(1);

        // the bot's fill makes it long 76; a death cross (14 -> 8) then sells all 76
        send(new FillExecuted(UUID.randomUUID(), T0.plusSeconds(300), request.correlationId(), DEMO, TradeId.of("t-1"),
                OrderId.of("o-1"), order.clientOrderId(), BOT, Symbol.of("AAPL"), Side.BUY, Quantity.of(76),
                Price.of("13.01"), "paper"));
        await().atMost(Duration.ofSeconds(30)).until(() -> position("AAPL").compareTo(BigDecimal.valueOf(76)) == 0);
        send(bar("AAPL", 5, "8"));

        List<OrderRequested> all = awaitRequests(2);
        assertThat(all.get(1).order().side()).isEqualTo(Side.SELL);
        assertThat(all.get(1).order().quantity()).isEqualTo(Quantity.of(76));
        assertThat(all.get(1).order().clientOrderId()).isNotEqualTo(order.clientOrderId());
        assertThat(mvc.get().uri("/api/bots/ma-crossover-1/signals").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk().bodyJson().extractingPath("$[0].side").isEqualTo("sell");

        // the sale fills at 8.50: one losing round trip, 76 x (8.50 - 13.01) = -342.76 realised
        send(new FillExecuted(UUID.randomUUID(), T0.plusSeconds(400), all.get(1).correlationId(), DEMO, TradeId.of("t-2"),
                OrderId.of("o-2"), all.get(1).order().clientOrderId(), BOT, Symbol.of("AAPL"), Side.SELL, Quantity.of(76),
                Price.of("8.50"), "paper"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                meters.get("ts.bot.round.trips").tag("bot", "ma-crossover-1").gauge().value() == 1.0);
        assertThat(meters.get("ts.bot.pnl.realized").tag("bot", "ma-crossover-1").gauge().value()).isEqualTo(-342.76);
        assertThat(meters.get("ts.bot.hit.rate").tag("bot", "ma-crossover-1").gauge().value()).isZero();
        assertThat(mvc.get().uri("/api/bots/ma-crossover-1/performance").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.realized_pnl", v -> v.assertThat().isEqualTo("-342.76"))
                .hasPathSatisfying("$.round_trips", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$.winning_round_trips", v -> v.assertThat().isEqualTo(0))
                .hasPathSatisfying("$.hit_rate", v -> v.assertThat().isEqualTo("0.0000"));

        // a stopped bot emits nothing, even on a golden cross of one of its symbols
        assertThat(mvc.post().uri("/api/bots/ma-crossover-1/stop").header(HttpHeaders.AUTHORIZATION, TRADER))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("stopped");
        assertThat(meters.get("ts.bot.status").tag("bot", "ma-crossover-1").gauge().value()).isZero();
        List<BarClosed> msft = List.of(bar("MSFT", 0, "12"), bar("MSFT", 1, "11"), bar("MSFT", 2, "10"),
                bar("MSFT", 3, "13"));
        msft.forEach(this::send);
        awaitProcessed(msft.getLast());
        assertThat(signalCount()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("select count(*) from outbox").query(Long.class).single()).as("relayed and deleted").isZero());
        poll();
        assertThat(requests).hasSize(2);
    }

    private List<OrderRequested> awaitRequests(int count) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            poll();
            assertThat(requests).hasSizeGreaterThanOrEqualTo(count);
        });
        return requests;
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            requests.add((OrderRequested) EventJson.read(Topic.ORDER_REQUESTS, record.value()));
        }
    }

    private void awaitProcessed(BarClosed bar) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from inbox where event_id = :id")
                .param("id", bar.eventId().toString()).query(Long.class).single() == 1);
    }

    private long signalCount() {
        return jdbc.sql("select count(*) from signals").query(Long.class).single();
    }

    private BigDecimal position(String symbol) {
        return jdbc.sql("select quantity from bot_positions where bot_id = 'ma-crossover-1' and symbol = :s")
                .param("s", symbol).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    private void send(BarClosed bar) {
        kafka.send(Topic.BARS_NAME, bar.partitionKey(), bar).join();
    }

    private void send(FillExecuted fill) {
        kafka.send(Topic.FILLS_NAME, fill.partitionKey(), fill).join();
    }

    private static BarClosed bar(String symbol, int minute, String close) {
        Instant start = T0.plus(Duration.ofMinutes(minute));
        Price price = Price.of(close);
        return new BarClosed(UUID.randomUUID(), start.plusSeconds(60), null, Symbol.of(symbol), "1Min", start,
                start.plusSeconds(60), price, price, price, price, 10_000);
    }
}
