package io.tradingsuite.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrailingStopTicketsTravelAsDecimalStringsTest {

    private static OrderRequested request(Price trailPrice, BigDecimal trailPercent) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of("trail-1"), Symbol.of("AAPL"), Side.SELL,
                OrderType.TRAILING_STOP, TimeInForce.GTC, Quantity.of(10), null, null, OrderSource.MANUAL, null,
                trailPrice, trailPercent);
        return new OrderRequested(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                Instant.parse("2025-03-03T15:00:00Z"), "corr-1", AccountId.of("acc-1"), ticket);
    }

    @Test
    void aTrailPercentIsADecimalStringAndRoundTrips() {
        OrderRequested request = request(null, new BigDecimal("2.5"));

        String json = EventJson.writeString(request);

        assertThat(json).contains("\"trailPercent\":\"2.5\"").doesNotContain("trailPrice");
        assertThat(EventJson.read(OrderRequested.class, json)).isEqualTo(request);
    }

    @Test
    void aTrailPriceIsADecimalStringAndRoundTrips() {
        OrderRequested request = request(Price.of("1.25"), null);

        String json = EventJson.writeString(request);

        assertThat(json).contains("\"trailPrice\":\"1.25\"").doesNotContain("trailPercent");
        assertThat(EventJson.read(OrderRequested.class, json)).isEqualTo(request);
    }

    @Test
    void aTicketWithoutTrailKeepsItsGoldenShape() {
        OrderTicket plain = new OrderTicket(ClientOrderId.of("plain-1"), Symbol.of("AAPL"), Side.BUY, OrderType.MARKET,
                TimeInForce.DAY, Quantity.of(1), null, null, OrderSource.MANUAL, null);

        assertThat(EventJson.mapper().writeValueAsString(plain)).doesNotContain("trail");
    }
}
