package io.tradingsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.systemtests.support.GatewayClient;
import io.tradingsuite.systemtests.support.GatewayClient.ApiResponse;
import io.tradingsuite.systemtests.support.Orders;
import io.tradingsuite.systemtests.support.SystemTest;
import io.tradingsuite.systemtests.support.TradingStack;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Without credentials the gateway answers 401; a VIEWER key may read but not place orders (403). */
@SystemTest
class UnauthenticatedAndViewerRequestsAreRefusedTest {

    @Test
    void requestWithoutCredentialsIsUnauthorized(TradingStack stack) {
        ApiResponse response = stack.gateway().get("/api/orders", null);

        assertThat(response.status()).as("%s", response).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.requireJson().path("code").asString()).isEqualTo("AUTH_UNAUTHENTICATED");
    }

    @Test
    void wrongSecretIsUnauthorized(TradingStack stack) {
        var impostor = new io.tradingsuite.systemtests.support.ApiKey(stack.trader().id(), "not-the-secret",
                stack.trader().roles(), stack.trader().account());

        ApiResponse response = stack.gateway().get("/api/orders", impostor);

        assertThat(response.status()).as("%s", response).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void viewerMayReadButNotPlaceOrders(TradingStack stack) {
        GatewayClient gateway = stack.gateway();

        ApiResponse read = gateway.get("/api/orders?status=all", stack.viewer());
        ApiResponse placed = gateway.post("/api/orders", stack.viewer(),
                Orders.marketOrder("AAPL", BigDecimal.ONE, "buy", Orders.clientOrderId("st-viewer")));

        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(placed.status()).as("%s", placed).isEqualTo(403);
        assertThat(placed.contentType()).startsWith("application/problem+json");
        assertThat(placed.requireJson().path("code").asString()).isEqualTo("AUTH_FORBIDDEN");
    }
}
