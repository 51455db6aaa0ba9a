package io.tradingsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.systemtests.support.ApiKey;
import io.tradingsuite.systemtests.support.GatewayClient;
import io.tradingsuite.systemtests.support.GatewayClient.ApiResponse;
import io.tradingsuite.systemtests.support.Orders;
import io.tradingsuite.systemtests.support.StackService;
import io.tradingsuite.systemtests.support.SystemTest;
import io.tradingsuite.systemtests.support.TopicRecorder;
import io.tradingsuite.systemtests.support.TradingStack;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 3, "nothing lost, nothing doubled": 2,000 market orders in five waves of 400, straight onto risk's command
 * channel {@code risk.order-requests.v1} (unique client order ids, five accounts no bot trades, three symbols, small
 * quantities bought and sold in pairs). While the orders flow, execution-service is killed with SIGKILL in the middle
 * of filling the first wave, risk-service in the middle of deciding the third and portfolio-service in the middle of
 * booking the fourth; each is started again with the same settings and data folder while the next wave is sent. At
 * the end:
 * <ul>
 *   <li>every request has exactly one decision (one decision event id per request id on
 *       {@code risk.order-decisions.v1}; risk's {@code GET /api/risk/decisions} lists each client order id once);</li>
 *   <li>execution holds exactly one order per client order id, every approved order filled in full, and each trade
 *       id on {@code execution.fills.v1} is one fill (a re-sent event keeps its event id);</li>
 *   <li>the portfolio applied every fill once: fills applied = distinct trades, each position = the signed sum of
 *       its fills, cash = 100,000 − Σ signed fill notional, exactly.</li>
 * </ul>
 * Risk's throttle and near-duplicate window are opened up for the run ({@code PUT /api/risk/limits}, restored
 * afterwards) so the waves are decided, not throttled.
 */
@SystemTest
class KilledServicesLoseAndDoubleNothingTest {

    private static final Logger log = LoggerFactory.getLogger(KilledServicesLoseAndDoubleNothingTest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String REQUESTS = "risk.order-requests.v1";
    private static final String DECISIONS = "risk.order-decisions.v1";
    private static final String FILLS = "execution.fills.v1";
    private static final String ACCOUNTS = "portfolio.accounts.v1";
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "SPY");
    private static final int WAVES = 5;
    private static final int PER_ACCOUNT_PER_WAVE = 80;
    /** How far into a wave the killed service has got when it is killed. */
    private static final int KILL_AFTER = 120;
    private static final Duration SETTLE = Duration.ofMinutes(4);

    @Test
    void killingExecutionRiskAndPortfolioMidStreamLosesAndDoublesNothing(TradingStack stack) {
        GatewayClient gateway = stack.gateway();
        ApiKey admin = stack.trader();
        List<String> accounts = TradingStack.OTHER_ACCOUNTS;
        Set<String> ourAccounts = Set.copyOf(accounts);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String symbol : SYMBOLS) {
            await("a quote for " + symbol).atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> Orders.ask(gateway, admin, symbol), price -> price.signum() > 0);
        }
        JsonNode limitsBefore = limits(gateway, admin);
        List<List<Request>> waves = waves(run, accounts);
        Map<String, Request> byRequestId = new HashMap<>();
        waves.forEach(wave -> wave.forEach(r -> byRequestId.put(r.requestId(), r)));
        Predicate<JsonNode> ours = event -> ourAccounts.contains(event.path("accountId").asString());

        try (TopicRecorder topics = TopicRecorder.start(stack.kafkaBootstrapServers(), DECISIONS, FILLS, ACCOUNTS);
             KafkaProducer<String, String> producer = producer(stack.kafkaBootstrapServers())) {
            changeLimits(gateway, admin, Map.of("max_orders_per_second_per_account", "100000",
                    "duplicate_window", "PT0S"));

            send(producer, waves.get(0));
            killMidWaveAndRestart(stack, StackService.EXECUTION, waves.get(0),
                    () -> clientOrderIds(topics.events(FILLS, ours)), () -> send(producer, waves.get(1)));
            send(producer, waves.get(2));
            killMidWaveAndRestart(stack, StackService.RISK, waves.get(2),
                    () -> clientOrderIds(topics.events(DECISIONS, ours)), () -> send(producer, waves.get(3)));
            // portfolio's snapshots carry the fill's correlation id, which is the request's client order id
            killMidWaveAndRestart(stack, StackService.PORTFOLIO, waves.get(3),
                    () -> topics.events(ACCOUNTS, ours).stream().map(s -> s.path("correlationId").asString())
                            .collect(Collectors.toSet()), () -> send(producer, waves.get(4)));

            int total = byRequestId.size();
            await("a decision for each of the " + total + " requests").atMost(SETTLE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> topics.events(DECISIONS, ours).stream().map(d -> d.path("requestId").asString())
                            .filter(byRequestId::containsKey).distinct().count() == total);
            List<JsonNode> decisions = topics.events(DECISIONS, ours);
            Map<String, Set<String>> decisionIdsByRequest = new HashMap<>();
            Map<String, JsonNode> decisionByClientOrderId = new HashMap<>();
            for (JsonNode decision : decisions) {
                decisionIdsByRequest.computeIfAbsent(decision.path("requestId").asString(), id -> new HashSet<>())
                        .add(decision.path("eventId").asString());
                decisionByClientOrderId.put(decision.path("order").path("clientOrderId").asString(), decision);
            }
            assertThat(decisionIdsByRequest.keySet()).as("request ids decided").isEqualTo(byRequestId.keySet());
            assertThat(decisionIdsByRequest).as("decision event ids per request id")
                    .allSatisfy((requestId, eventIds) -> assertThat(eventIds).as("request %s", requestId).hasSize(1));
            Map<String, Long> outcomes = decisionByClientOrderId.values().stream().collect(Collectors.groupingBy(
                    d -> d.path("type").asString() + (d.has("reasonCode") ? " " + d.path("reasonCode").asString() : ""),
                    TreeMap::new, Collectors.counting()));
            log.info("decisions of the {} requests: {}", total, outcomes);
            // 1 to 3 shares at a time against 100,000.00 of cash per account: a buying-power denial would mean risk
            // counted a fill twice (its snapshot's cash and its order's reservation) while catching up after a kill
            assertThat(outcomes).as("decision outcomes").doesNotContainKey("OrderDenied RISK_INSUFFICIENT_BUYING_POWER");
            Set<String> approved = decisionByClientOrderId.entrySet().stream()
                    .filter(e -> "OrderApproved".equals(e.getValue().path("type").asString()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(approved).as("approved orders").isNotEmpty();

            for (String account : accounts) {
                ApiKey key = stack.traderOf(account);
                Set<String> accountOrders = byRequestId.values().stream().filter(r -> r.account().equals(account))
                        .map(Request::clientOrderId).collect(Collectors.toSet());
                assertThat(riskDecisions(gateway, key)).as("risk's decisions of %s by client order id", account)
                        .containsOnlyKeys(accountOrders).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));

                List<JsonNode> orders = await("every order of " + account + " settled in execution").atMost(SETTLE)
                        .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                        .until(() -> Orders.allOrders(gateway, key), list -> list.size() >= accountOrders.size()
                                && list.stream().noneMatch(o -> isOpen(o.path("status").asString())));
                Map<String, Long> ordersPerClientOrderId = orders.stream().collect(Collectors.groupingBy(
                        o -> o.path("client_order_id").asString(), Collectors.counting()));
                assertThat(ordersPerClientOrderId).as("execution's orders of %s by client order id", account)
                        .containsOnlyKeys(accountOrders).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));

                // execution's orders are settled, but the relay may still be sending their last fill events
                AtomicReference<Map<String, JsonNode>> recordedTrades = new AtomicReference<>();
                await("the fills of " + account + " on " + FILLS + " match execution's orders")
                        .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                            Map<String, JsonNode> trades = distinctTrades(topics.events(FILLS,
                                    f -> account.equals(f.path("accountId").asString())));
                            assertFillsMatchOrders(orders, trades, approved);
                            recordedTrades.set(trades);
                        });
                Map<String, JsonNode> trades = recordedTrades.get();

                BigDecimal cash = Orders.STARTING_CASH;
                Map<String, BigDecimal> positions = new TreeMap<>();
                for (JsonNode fill : trades.values()) {
                    BigDecimal qty = Orders.decimal(fill, "quantity");
                    BigDecimal signed = "buy".equals(fill.path("side").asString()) ? qty : qty.negate();
                    cash = cash.subtract(signed.multiply(Orders.decimal(fill, "price")));
                    positions.merge(fill.path("symbol").asString(), signed, BigDecimal::add);
                }
                positions.values().removeIf(qty -> qty.signum() == 0);
                BigDecimal expectedCash = cash;
                JsonNode portfolio = await("portfolio of " + account + " has booked all " + trades.size() + " fills")
                        .atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                        .until(() -> gateway.get("/api/portfolio", key).requireJson(),
                                p -> p.path("fills_applied").asLong() >= trades.size());
                assertThat(portfolio.path("fills_applied").asLong()).as("%s", portfolio).isEqualTo(trades.size());
                assertThat(Orders.decimal(portfolio, "cash")).as("cash of %s: %s", account, portfolio)
                        .isEqualByComparingTo(expectedCash);
                assertThat(positions(gateway, key)).as("positions of %s", account)
                        .containsOnlyKeys(positions.keySet())
                        .allSatisfy((symbol, qty) -> assertThat(qty).isEqualByComparingTo(positions.get(symbol)));
                log.info("{}: {} orders, {} fills, cash {}, positions {}", account, orders.size(), trades.size(),
                        expectedCash.toPlainString(), positions);
            }
        } finally {
            for (StackService service : List.of(StackService.EXECUTION, StackService.RISK, StackService.PORTFOLIO)) {
                if (!stack.isRunning(service)) {
                    stack.restart(service);
                }
            }
            changeLimits(gateway, admin, Map.of(
                    "max_orders_per_second_per_account", limitsBefore.path("max_orders_per_second_per_account").asString(),
                    "duplicate_window", limitsBefore.path("duplicate_window").asString()));
        }
    }

    /** One order request: who, which client order id, and the event id risk de-duplicates on. */
    private record Request(String account, String clientOrderId, String requestId, String json) {
    }

    /**
     * Five waves; in each, {@link #PER_ACCOUNT_PER_WAVE} orders per account, accounts interleaved. Per account and
     * symbol the orders alternate buy q, sell q (q = 1, 2, 3 in turn), so positions stay small.
     */
    private static List<List<Request>> waves(String run, List<String> accounts) {
        List<List<Request>> waves = new ArrayList<>();
        for (int wave = 0; wave < WAVES; wave++) {
            List<Request> requests = new ArrayList<>();
            for (int i = 0; i < PER_ACCOUNT_PER_WAVE; i++) {
                int k = wave * PER_ACCOUNT_PER_WAVE + i;
                for (String account : accounts) {
                    int pair = k / SYMBOLS.size();
                    requests.add(request(account, "st-nolost-" + run + "-" + account + "-" + k,
                            SYMBOLS.get(k % SYMBOLS.size()), pair % 2 == 0 ? "buy" : "sell", 1 + (pair / 2) % 3));
                }
            }
            waves.add(requests);
        }
        return waves;
    }

    private static Request request(String account, String clientOrderId, String symbol, String side, int quantity) {
        String requestId = UUID.randomUUID().toString();
        ObjectNode event = JSON.createObjectNode()
                .put("type", "OrderRequested")
                .put("eventId", requestId)
                .put("occurredAt", Instant.now().toString())
                .put("correlationId", clientOrderId)
                .put("accountId", account);
        event.putObject("order")
                .put("clientOrderId", clientOrderId)
                .put("symbol", symbol)
                .put("side", side)
                .put("type", "market")
                .put("timeInForce", "day")
                .put("quantity", Integer.toString(quantity))
                .put("source", "manual");
        return new Request(account, clientOrderId, requestId, JSON.writeValueAsString(event));
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
    }

    /** Sends the wave (key = account, as every producer of the command channel does) and waits for the acks. */
    private static void send(KafkaProducer<String, String> producer, List<Request> wave) {
        List<Future<?>> acks = new ArrayList<>();
        for (Request request : wave) {
            acks.add(producer.send(new ProducerRecord<>(REQUESTS, request.account(), request.json())));
        }
        producer.flush();
        for (Future<?> ack : acks) {
            try {
                ack.get();
            } catch (Exception e) {
                throw new IllegalStateException("order request not acknowledged", e);
            }
        }
    }

    /**
     * Waits until {@code service} has got {@link #KILL_AFTER} orders into {@code wave} (by client order id), kills it
     * with SIGKILL, sends the next wave while it is down, and starts it again.
     */
    private static void killMidWaveAndRestart(TradingStack stack, StackService service, List<Request> wave,
                                              Callable<Set<String>> processedClientOrderIds, Runnable whileDown) {
        Set<String> ids = wave.stream().map(Request::clientOrderId).collect(Collectors.toSet());
        await(service.moduleName() + " in the middle of a wave").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> processedClientOrderIds.call().stream().filter(ids::contains).count() >= KILL_AFTER);
        stack.kill(service);
        whileDown.run();
        stack.restart(service);
    }

    private static Set<String> clientOrderIds(List<JsonNode> events) {
        return events.stream().map(e -> e.has("clientOrderId") ? e.path("clientOrderId").asString()
                : e.path("order").path("clientOrderId").asString()).collect(Collectors.toSet());
    }

    /**
     * Each approved order is {@code filled} and its fills (distinct trade ids) add up to its quantity; each denied
     * order is {@code denied} with no fill.
     */
    private static void assertFillsMatchOrders(List<JsonNode> orders, Map<String, JsonNode> trades,
                                               Set<String> approved) {
        Map<String, BigDecimal> filledByOrder = new HashMap<>();
        trades.values().forEach(f -> filledByOrder.merge(f.path("clientOrderId").asString(),
                Orders.decimal(f, "quantity"), BigDecimal::add));
        for (JsonNode order : orders) {
            String clientOrderId = order.path("client_order_id").asString();
            BigDecimal filled = filledByOrder.getOrDefault(clientOrderId, BigDecimal.ZERO);
            if (approved.contains(clientOrderId)) {
                assertThat(order.path("status").asString()).as("%s", order).isEqualTo("filled");
                assertThat(Orders.decimal(order, "filled_qty")).as("%s", order)
                        .isEqualByComparingTo(Orders.decimal(order, "qty")).isEqualByComparingTo(filled);
            } else {
                assertThat(order.path("status").asString()).as("%s", order).isEqualTo("denied");
                assertThat(filled).as("fills of denied order %s", clientOrderId).isZero();
            }
        }
    }

    /** One fill per trade id; a trade id seen twice must be the same event re-sent (same event id and terms). */
    private static Map<String, JsonNode> distinctTrades(List<JsonNode> fills) {
        Map<String, JsonNode> trades = new LinkedHashMap<>();
        for (JsonNode fill : fills) {
            JsonNode first = trades.putIfAbsent(fill.path("tradeId").asString(), fill);
            if (first != null) {
                assertThat(fill).as("fill events with trade id %s", fill.path("tradeId").asString()).isEqualTo(first);
            }
        }
        return trades;
    }

    private static boolean isOpen(String status) {
        return !Set.of("filled", "denied", "canceled", "rejected", "expired", "replaced").contains(status);
    }

    /** How many decisions risk lists per client order id for the caller's account. */
    private static Map<String, Long> riskDecisions(GatewayClient gateway, ApiKey key) {
        ApiResponse response = gateway.get("/api/risk/decisions?limit=1000", key);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return GatewayClient.elements(response.requireJson()).stream().collect(Collectors.groupingBy(
                d -> d.path("client_order_id").asString(), Collectors.counting()));
    }

    private static Map<String, BigDecimal> positions(GatewayClient gateway, ApiKey key) {
        ApiResponse response = gateway.get("/api/portfolio/positions", key);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        Map<String, BigDecimal> positions = new TreeMap<>();
        GatewayClient.elements(response.requireJson())
                .forEach(p -> positions.put(p.path("symbol").asString(), Orders.decimal(p, "qty")));
        return positions;
    }

    private static JsonNode limits(GatewayClient gateway, ApiKey admin) {
        ApiResponse response = gateway.get("/api/risk/limits", admin);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.requireJson();
    }

    private static void changeLimits(GatewayClient gateway, ApiKey admin, Map<String, String> changes) {
        ApiResponse response = gateway.put("/api/risk/limits", admin, changes);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }
}
