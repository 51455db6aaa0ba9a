package io.tradingsuite.execution.venue.alpaca;

import io.tradingsuite.common.credentials.Secret;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.execution.venue.VenueExecution;
import io.tradingsuite.execution.venue.VenueListener;
import io.tradingsuite.execution.venue.VenueOrder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Follows Alpaca's {@code trade_updates} stream (JDK {@link WebSocket}): on open it sends
 * {@code {"action":"auth","key":…,"secret":…}}, after {@code authorized} it sends
 * {@code {"action":"listen","data":{"streams":["trade_updates"]}}}. Each {@code fill} / {@code partial_fill} event
 * becomes one {@link VenueExecution} (trade id = the event's {@code execution_id}, quantity = {@code qty}, price =
 * {@code price}, time = {@code timestamp}); an execution id seen before (Alpaca re-sends events after a reconnect) is
 * dropped here, and the order table's unique trade id drops it across restarts. Other events
 * ({@code new, canceled, expired, replaced, rejected, …}) are passed on as order updates. Text and binary frames are
 * both read (the paper endpoint sends binary ones). A closed or failed connection is reopened after
 * {@code reconnectDelay}.
 */
public class AlpacaTradeStream implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AlpacaTradeStream.class);
    private static final int REMEMBERED_EXECUTIONS = 10_000;

    private final URI url;
    private final Secret keyId;
    private final Secret secretKey;
    private final AlpacaJson json;
    private final List<VenueListener> listeners;
    private final Duration reconnectDelay;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alpaca-trade-stream");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> seenExecutions = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_EXECUTIONS;
                }
            }));
    private final AtomicReference<WebSocket> socket = new AtomicReference<>();
    private final AtomicBoolean listening = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    public AlpacaTradeStream(URI url, Secret keyId, Secret secretKey, AlpacaJson json, List<VenueListener> listeners,
            Duration reconnectDelay, Clock clock) {
        this.url = url;
        this.keyId = keyId;
        this.secretKey = secretKey;
        this.json = json;
        this.listeners = listeners;
        this.reconnectDelay = reconnectDelay;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Opens the connection (asynchronously); failures are retried after the reconnect delay. */
    public void start() {
        connect();
    }

    /** True once Alpaca confirmed {@code trade_updates} on the current connection. */
    public boolean listening() {
        return listening.get();
    }

    private void connect() {
        if (closed.get()) {
            return;
        }
        http.newWebSocketBuilder().buildAsync(url, new Handler()).whenComplete((ws, error) -> {
            if (error != null) {
                log.warn("trade_updates: cannot connect to {}: {}; retrying in {}", url, error.getMessage(),
                        reconnectDelay);
                scheduleReconnect();
            } else {
                socket.set(ws);
            }
        });
    }

    private void scheduleReconnect() {
        listening.set(false);
        if (!closed.get()) {
            reconnects.schedule(this::connect, reconnectDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Handles one complete message; package-private for tests of the mapping. */
    void onMessage(WebSocket ws, String text) {
        JsonNode message = json.parse(text);
        String stream = AlpacaJson.text(message, "stream");
        JsonNode data = message.path("data");
        if ("authorization".equals(stream)) {
            if ("authorized".equals(AlpacaJson.text(data, "status"))) {
                ObjectNode listen = json.object();
                listen.put("action", "listen");
                listen.putObject("data").putArray("streams").add("trade_updates");
                ws.sendText(json.write(listen), true);
            } else {
                log.error("trade_updates: Alpaca refused the API key ({}); not retrying until restart",
                        AlpacaJson.text(data, "status"));
                closed.set(true);
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "unauthorized");
            }
        } else if ("listening".equals(stream)) {
            boolean ok = false;
            for (JsonNode s : data.path("streams")) {
                ok |= "trade_updates".equals(s.asString());
            }
            listening.set(ok);
            log.info("trade_updates: listening ({})", ok ? "confirmed" : "not granted");
        } else if ("trade_updates".equals(stream)) {
            tradeUpdate(data);
        }
    }

    private void tradeUpdate(JsonNode data) {
        String event = AlpacaJson.text(data, "event");
        JsonNode orderNode = data.path("order");
        VenueOrder order = json.order(orderNode);
        if ("fill".equals(event) || "partial_fill".equals(event)) {
            String executionId = AlpacaJson.text(data, "execution_id");
            if (executionId == null) {
                // older events carry no execution id: the order id and its cumulative filled quantity name the fill
                executionId = UUID.nameUUIDFromBytes((order.venueOrderId() + "/" + order.filledQuantity())
                        .getBytes(StandardCharsets.UTF_8)).toString();
            }
            if (!seenExecutions.add(executionId)) {
                log.debug("trade_updates: execution {} seen before, dropped", executionId);
                return;
            }
            String timestamp = AlpacaJson.text(data, "timestamp");
            Instant at = timestamp != null ? Instant.parse(timestamp) : clock.instant();
            VenueExecution execution = new VenueExecution(tradeId(executionId), order.clientOrderId(),
                    order.venueOrderId(), AlpacaJson.quantityField(data, "qty"), AlpacaJson.priceField(data, "price"),
                    at);
            for (VenueListener listener : listeners) {
                try {
                    listener.onFill(execution);
                } catch (RuntimeException e) {
                    // forget it so that a re-sent event (after a reconnect) is tried again
                    seenExecutions.remove(executionId);
                    log.error("trade_updates: applying execution {} of order {} failed", executionId,
                            order.clientOrderId(), e);
                }
            }
        } else {
            for (VenueListener listener : listeners) {
                try {
                    listener.onOrderUpdate(order);
                } catch (RuntimeException e) {
                    log.error("trade_updates: applying {} of order {} failed", event, order.clientOrderId(), e);
                }
            }
        }
    }

    private static TradeId tradeId(String executionId) {
        if (TradeId.isValid(executionId)) {
            return TradeId.of(executionId);
        }
        return TradeId.of(UUID.nameUUIDFromBytes(executionId.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public void close() {
        closed.set(true);
        reconnects.shutdownNow();
        WebSocket ws = socket.get();
        if (ws != null) {
            ws.abort();
        }
    }

    private final class Handler implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();
        private final java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();

        @Override
        public void onOpen(WebSocket ws) {
            ObjectNode auth = json.object();
            auth.put("action", "auth");
            auth.put("key", keyId.reveal());
            auth.put("secret", secretKey.reveal());
            ws.sendText(json.write(auth), true);
            log.info("trade_updates: connected to {}, authenticating", url);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                handle(ws, message);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.writeBytes(bytes);
            if (last) {
                String message = binary.toString(StandardCharsets.UTF_8);
                binary.reset();
                handle(ws, message);
            }
            ws.request(1);
            return null;
        }

        private void handle(WebSocket ws, String message) {
            try {
                onMessage(ws, message);
            } catch (RuntimeException e) {
                log.error("trade_updates: unreadable message dropped ({} chars)", message.length(), e);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            log.warn("trade_updates: closed ({} {}); reconnecting in {}", statusCode, reason, reconnectDelay);
            scheduleReconnect();
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            log.warn("trade_updates: {}; reconnecting in {}", error.toString(), reconnectDelay);
            scheduleReconnect();
        }
    }
}
