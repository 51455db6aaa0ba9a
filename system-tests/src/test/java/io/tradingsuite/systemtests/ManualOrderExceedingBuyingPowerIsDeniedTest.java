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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A manual order worth about twice the account's 100000 cash (but under the per-order notional limit) is denied by
 * risk with RISK_INSUFFICIENT_BUYING_POWER, stays denied and never fills.
 */
@SystemTest
class ManualOrderExceedingBuyingPowerIsDeniedTest {

    @Test
    void orderBeyondBuyingPowerIsDeniedAndNeverFilled(TradingStack stack) {
        GatewayClient gateway = stack.gateway();
        ApiKey trader = stack.trader();
        BigDecimal ask = await("a quote for AAPL").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> Orders.ask(gateway, trader, "AAPL"), price -> price.signum() > 0);
        BigDecimal qty = Orders.sharesWorth(new BigDecimal("200000"), ask);
        String clientOrderId = Orders.clientOrderId("st-too-big");

        ApiResponse placed = gateway.post("/api/orders", trader, Orders.marketOrder("AAPL", qty, "buy", clientOrderId));

        assertThat(placed.status()).as("%s", placed).isEqualTo(403);
        assertThat(placed.contentType()).startsWith("application/problem+json");
        assertThat(placed.requireJson().path("code").asString()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER");

        JsonNode order = Orders.byClientOrderId(gateway, trader, clientOrderId);
        assertThat(order).as("order %s in GET /api/orders?status=all", clientOrderId).isNotNull();
        assertThat(order.path("status").asString()).isEqualTo("denied");
        assertThat(order.path("reason_code").asString()).isEqualTo("RISK_INSUFFICIENT_BUYING_POWER");
        assertThat(Orders.decimal(order, "filled_qty")).isZero();
        assertThat(order.path("filled_avg_price").isMissingNode() || order.path("filled_avg_price").isNull()).isTrue();
    }
}
