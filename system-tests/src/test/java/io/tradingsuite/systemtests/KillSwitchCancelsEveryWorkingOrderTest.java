package io.tradingsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.systemtests.support.ApiKey;
import io.tradingsuite.systemtests.support.GatewayClient;
import io.tradingsuite.systemtests.support.GatewayClient.ApiResponse;
import io.tradingsuite.systemtests.support.Orders;
import io.tradingsuite.systemtests.support.SystemTest;
import io.tradingsuite.systemtests.support.TradingStack;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Through the gateway only: resting limit orders are working, a risk admin pulls the kill switch for the account,
 * execution cancels every one of them, new orders are denied RISK_TRADING_HALTED until the admin resumes. The time
 * from the kill (risk's {@code changed_at}) to the last cancel (the orders' {@code updated_at}) is logged — it is
 * measured, not asserted (the target is under 1 s; timing never fails a test).
 */
@SystemTest
class KillSwitchCancelsEveryWorkingOrderTest {

    private static final Logger log = LoggerFactory.getLogger(KillSwitchCancelsEveryWorkingOrderTest.class);
    private static final int ORDERS = 5;

    @Test
    void theKillSwitchCancelsEveryWorkingOrderAndHaltsUntilResumed(TradingStack stack) {
        GatewayClient gateway = stack.gateway();
        ApiKey admin = stack.trader();
        // the orders on an account no bot trades (the bot's position or cash on demo could get them denied)
        ApiKey trader = stack.traderOf(TradingStack.SCENARIO_ACCOUNT);
        String scope = "account:" + TradingStack.SCENARIO_ACCOUNT;
        BigDecimal ask = await("a quote for MSFT").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> Orders.ask(gateway, trader, "MSFT"), price -> price.signum() > 0);
        // 20 % under the ask: the orders rest (the simulated feed moves far less than that in a test's time)
        BigDecimal limit = ask.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.DOWN);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            ApiResponse placed = gateway.post("/api/orders", trader, GatewayClient.body("symbol", "MSFT",
                    "qty", Integer.toString(i + 1), "side", "buy", "type", "limit", "time_in_force", "gtc",
                    "limit_price", limit.subtract(BigDecimal.valueOf(i, 2)).toPlainString(),
                    "client_order_id", Orders.clientOrderId("st-kill-" + i)));
            assertThat(placed.status()).as("%s", placed).isIn(200, 202);
            ids.add(placed.requireJson().path("id").asString());
        }
        await("every order working").atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                .allMatch(id -> "new".equals(order(gateway, trader, id).path("status").asString())));

        try {
            ApiResponse killed = gateway.post("/api/risk/kill", admin,
                    GatewayClient.body("scope", scope, "reason", "system test drill"));
            assertThat(killed.status()).as("%s", killed).isEqualTo(200);
            assertThat(killed.requireJson().path("kill_switch").asBoolean()).isTrue();
            Instant killedAt = Instant.parse(killed.requireJson().path("changed_at").asString());

            List<JsonNode> canceled = await("every working order canceled").atMost(Duration.ofSeconds(30))
                    .until(() -> ids.stream().map(id -> order(gateway, trader, id)).toList(),
                            orders -> orders.stream().allMatch(o -> "canceled".equals(o.path("status").asString())));
            Instant lastCancel = canceled.stream().map(o -> Instant.parse(o.path("updated_at").asString()))
                    .max(Instant::compareTo).orElseThrow();
            log.info("kill switch: {} working orders canceled {} ms after the kill", ORDERS,
                    Duration.between(killedAt, lastCancel).toMillis());
            assertThat(canceled).allSatisfy(o -> assertThat(Orders.decimal(o, "filled_qty")).isZero());

            ApiResponse whileHalted = gateway.post("/api/orders", trader, Orders.marketOrder("MSFT", BigDecimal.ONE,
                    "buy", Orders.clientOrderId("st-kill-halted")));
            assertThat(whileHalted.status()).as("%s", whileHalted).isEqualTo(403);
            assertThat(whileHalted.requireJson().path("code").asString()).isEqualTo("RISK_TRADING_HALTED");
        } finally {
            ApiResponse resumed = gateway.post("/api/risk/resume", admin,
                    GatewayClient.body("scope", scope, "reason", "drill over"));
            assertThat(resumed.status()).as("%s", resumed).isEqualTo(200);
        }
        // not the terms of the first resting order (qty 1 at the limit): within risk's 2 s near-duplicate window a
        // quick run had it denied RISK_DUPLICATE_ORDER
        ApiResponse afterResume = gateway.post("/api/orders", trader, GatewayClient.body("symbol", "MSFT",
                "qty", Integer.toString(ORDERS + 1),
                "side", "buy", "type", "limit", "time_in_force", "gtc", "limit_price", limit.toPlainString(),
                "client_order_id", Orders.clientOrderId("st-kill-after")));
        assertThat(afterResume.status()).as("%s", afterResume).isIn(200, 202);
        gateway.delete("/api/orders/" + afterResume.requireJson().path("id").asString(), trader);
    }

    private static JsonNode order(GatewayClient gateway, ApiKey key, String id) {
        ApiResponse response = gateway.get("/api/orders/" + id, key);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.requireJson();
    }
}
