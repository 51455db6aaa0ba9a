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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo bot's crossover signal on simulated bars travels bot → risk → execution → paper venue → portfolio:
 * it ends as a filled order with source {@code bot}, a position, and cash that reconciles exactly with the fills.
 */
@SystemTest
class BotSignalEndsAsFilledOrderAndPositionTest {

    @Test
    void botSignalEndsAsFilledOrderPositionAndExactCash(TradingStack stack) {
        GatewayClient gateway = stack.gateway();
        ApiKey trader = stack.trader();

        JsonNode botOrder = await("a filled bot order").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> firstFilledBotOrder(gateway, trader), order -> order != null);
        String symbol = botOrder.path("symbol").asString();
        assertThat(Orders.decimal(botOrder, "filled_qty")).isPositive();
        assertThat(Orders.decimal(botOrder, "filled_avg_price")).isPositive();

        await("a position after the bot's fill").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ApiResponse positions = gateway.get("/api/portfolio/positions", trader);
            assertThat(positions.status()).as("%s", positions).isEqualTo(200);
            assertThat(GatewayClient.elements(positions.requireJson()))
                    .as("positions %s", positions.body())
                    .anySatisfy(position -> assertThat(position.path("symbol").asString()).isNotBlank());
        });

        // The bot keeps trading: wait for a moment where the order list is stable around the portfolio read
        // and the portfolio has caught up with every fill, then the cash must match exactly.
        await("cash reconciles with the fills").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                    List<JsonNode> before = Orders.allOrders(gateway, trader);
                    ApiResponse portfolio = gateway.get("/api/portfolio", trader);
                    List<JsonNode> after = Orders.allOrders(gateway, trader);
                    assertThat(portfolio.status()).as("%s", portfolio).isEqualTo(200);
                    assertThat(after).as("orders changed during the read").isEqualTo(before);
                    BigDecimal cash = Orders.decimal(portfolio.requireJson(), "cash");
                    BigDecimal implied = Orders.cashImpliedByFills(after);
                    assertThat(cash).as("cash %s vs fills %s (bot traded %s)", cash, implied, symbol)
                            .isEqualByComparingTo(implied);
                });
    }

    private static JsonNode firstFilledBotOrder(GatewayClient gateway, ApiKey trader) {
        ApiResponse closed = gateway.get("/api/orders?status=closed&limit=500", trader);
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        return GatewayClient.elements(closed.requireJson()).stream()
                .filter(o -> "filled".equals(o.path("status").asString()))
                .filter(o -> "bot".equals(o.path("source").asString()))
                .findFirst().orElse(null);
    }
}
