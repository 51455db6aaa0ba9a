package io.tradingsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.systemtests.support.GatewayClient;
import io.tradingsuite.systemtests.support.GatewayClient.ApiResponse;
import io.tradingsuite.systemtests.support.SystemTest;
import io.tradingsuite.systemtests.support.TradingStack;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A malformed order is refused with 400 problem details whose {@code errors} name every bad field. */
@SystemTest
class MalformedOrderGetsProblemDetailsTest {

    @Test
    void negativeQuantityMissingLimitPriceAndUnknownSideAreAllReported(TradingStack stack) {
        ApiResponse response = stack.gateway().post("/api/orders", stack.trader(), GatewayClient.body(
                "symbol", "AAPL", "qty", "-5", "side", "bananas", "type", "limit", "time_in_force", "day"));

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = GatewayClient.elements(response.requireJson().path("errors")).stream()
                .map(error -> error.path("field").asString()).toList();
        assertThat(fields).as("%s", response.body()).contains("qty", "side", "limit_price");
    }

    @Test
    void bodyThatIsNotJsonIsAProblemToo(TradingStack stack) {
        ApiResponse response = stack.gateway().post("/api/orders", stack.trader(), "{\"symbol\": ");

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.requireJson().path("code").asString()).isEqualTo("VALIDATION_MALFORMED_BODY");
    }
}
