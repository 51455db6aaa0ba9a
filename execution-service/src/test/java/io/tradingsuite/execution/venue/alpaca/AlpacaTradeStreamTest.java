package io.tradingsuite.execution.venue.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.common.test.MutableClock;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.venue.VenueExecution;
import io.tradingsuite.execution.venue.VenueListener;
import io.tradingsuite.execution.venue.VenueOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The trade_updates stream against a loopback WebSocket server speaking Alpaca's protocol. */
class AlpacaTradeStreamTest {

    static final String COID = "0b7a4f9e-5b8e-4c8a-9f43-2d7d3f0c1a11";
    static final String ALPACA_ID = "61e69015-8549-4bfd-b9c3-01e75843f47d";

    final List<VenueExecution> fills = new CopyOnWriteArrayList<>();
    final List<VenueOrder> updates = new CopyOnWriteArrayList<>();
    LoopbackWebSocketServer server;
    AlpacaTradeStream stream;

    @AfterEach
    void stop() throws Exception {
        stream.close();
        server.close();
    }

    void connect(boolean binaryFrames) throws Exception {
        server = LoopbackWebSocketServer.alpacaLike(binaryFrames);
        var keys = new Secrets(Map.of("ALPACA_PAPER_KEY_ID", "PKTEST", "ALPACA_PAPER_SECRET_KEY", "s3cret"));
        VenueListener listener = new VenueListener() {
            @Override
            public void onFill(VenueExecution execution) {
                fills.add(execution);
            }

            @Override
            public void onOrderUpdate(VenueOrder order) {
                updates.add(order);
            }
        };
        stream = new AlpacaTradeStream(server.uri(), keys.require("ALPACA_PAPER_KEY_ID"),
                keys.require("ALPACA_PAPER_SECRET_KEY"), new AlpacaJson(), List.of(listener), Duration.ofMillis(100),
                new MutableClock(Instant.parse("2026-12-02T14:30:00Z")));
        stream.start();
        await().atMost(Duration.ofSeconds(10)).until(stream::listening);
    }

    @Test
    void authenticatesThenListensToTradeUpdates() throws Exception {
        connect(false);

        assertThat(server.received()).containsExactly(
                "{\"action\":\"auth\",\"key\":\"PKTEST\",\"secret\":\"s3cret\"}",
                "{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}");
    }

    @Test
    void fillEventsBecomeFillsOncePerExecutionIdEvenWhenResent() throws Exception {
        connect(true);
        String partial = AlpacaOrders.order(ALPACA_ID, COID, "AAPL", "buy", "limit", "10", "150.25",
                "partially_filled", "4", "150.2", null, null);
        String full = AlpacaOrders.order(ALPACA_ID, COID, "AAPL", "buy", "limit", "10", "150.25", "filled", "10",
                "150.16", null, null);
        String first = AlpacaOrders.tradeUpdate("partial_fill", "e1a2b3c4-0000-4000-8000-000000000001", "150.2", "4",
                "4", partial);
        String second = AlpacaOrders.tradeUpdate("fill", "e1a2b3c4-0000-4000-8000-000000000002", "150.1", "6", "10",
                full);

        server.broadcast(first, true);
        server.broadcast(first, true);
        server.broadcast(second, true);
        server.broadcast(AlpacaOrders.tradeUpdate("canceled", null, null, null, null, full), true);

        await().atMost(Duration.ofSeconds(10)).until(() -> updates.size() == 1);
        assertThat(fills).containsExactly(
                new VenueExecution(TradeId.of("e1a2b3c4-0000-4000-8000-000000000001"), ClientOrderId.of(COID),
                        ALPACA_ID, Quantity.of(4), Price.of("150.2"), Instant.parse("2026-12-02T14:30:01Z")),
                new VenueExecution(TradeId.of("e1a2b3c4-0000-4000-8000-000000000002"), ClientOrderId.of(COID),
                        ALPACA_ID, Quantity.of(6), Price.of("150.1"), Instant.parse("2026-12-02T14:30:01Z")));
        assertThat(updates.getFirst().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void reconnectsAndAuthenticatesAgainWhenTheConnectionDrops() throws Exception {
        connect(false);
        server.connections().forEach(LoopbackWebSocketServer.Connection::close);

        await().atMost(Duration.ofSeconds(10)).until(() -> server.received().size() == 4 && stream.listening());
        assertThat(server.received().get(2)).contains("\"action\":\"auth\"");
    }
}
