package io.tradingsuite.core.strategy;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Test fixture: flat 1-minute bars (open = high = low = close) at consecutive minutes. */
final class Bars {

    private static final Instant FIRST = Instant.parse("2024-03-04T14:30:00Z");

    private Bars() {
    }

    static BarClosed bar(String symbol, int minute, String close) {
        Instant start = FIRST.plus(Duration.ofMinutes(minute));
        Price price = Price.of(close);
        return new BarClosed(UUID.nameUUIDFromBytes((symbol + minute).getBytes()), start.plusSeconds(60), null,
                Symbol.of(symbol), "1Min", start, start.plusSeconds(60), price, price, price, price, 1000);
    }
}
