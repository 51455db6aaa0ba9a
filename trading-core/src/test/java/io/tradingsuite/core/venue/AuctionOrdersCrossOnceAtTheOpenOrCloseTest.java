package io.tradingsuite.core.venue;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.venue.PaperVenue.AuctionStep;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Thursday 2025-01-02, New York UTC-5: open 14:30Z, close 21:00Z. */
class AuctionOrdersCrossOnceAtTheOpenOrCloseTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final MarketClock US = MarketClock.usEquities(Set.of());
    private final PaperVenue venue = new PaperVenue(BigDecimal.ZERO, TickSizes.US_EQUITIES);

    private static Order accepted(TimeInForce tif, OrderType type, String limit, String acceptedAt) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of("a-1"), AAPL, Side.BUY, type, tif, Quantity.of(5_000),
                limit == null ? null : Price.of(limit), null, OrderSource.MANUAL, null);
        Order order = Order.request(OrderId.of("o-1"), AccountId.of("acc-1"), ticket, "corr",
                Instant.parse(acceptedAt));
        order.apply(new OrderUpdate.Accept(Instant.parse(acceptedAt)));
        return order;
    }

    private static Quote quote(String ask, long askSize, String at) {
        return new Quote(AAPL, Price.of(new BigDecimal(ask).subtract(new BigDecimal("0.02"))), Price.of(ask),
                Quantity.of(100), Quantity.of(askSize), Instant.parse(at));
    }

    @Test
    void anOpeningOrderWaitsForTheOpenAndThenCrossesItsWholeQuantity() {
        Order opg = accepted(TimeInForce.OPG, OrderType.MARKET, null, "2025-01-02T12:00:00Z");

        assertThat(PaperVenue.auction(opg, US, Instant.parse("2025-01-02T14:29:59Z"))).isEqualTo(AuctionStep.WAIT);
        assertThat(PaperVenue.auction(opg, US, Instant.parse("2025-01-02T14:30:00Z"))).isEqualTo(AuctionStep.CROSS);
        assertThat(venue.auctionMatch(opg, quote("101.00", 10, "2025-01-02T14:30:00Z"))).singleElement()
                .satisfies(fill -> {
                    assertThat(fill.quantity()).as("not capped by the displayed 10").isEqualTo(Quantity.of(5_000));
                    assertThat(fill.price()).isEqualTo(Price.of("101.00"));
                });
    }

    @Test
    void anOpeningOrderEnteredAfterTheCloseBelongsToTomorrowsOpen() {
        Order opg = accepted(TimeInForce.OPG, OrderType.MARKET, null, "2025-01-03T00:30:00Z");

        assertThat(PaperVenue.auction(opg, US, Instant.parse("2025-01-03T14:29:00Z"))).isEqualTo(AuctionStep.WAIT);
        assertThat(PaperVenue.auction(opg, US, Instant.parse("2025-01-03T14:31:00Z"))).isEqualTo(AuctionStep.CROSS);
    }

    @Test
    void aClosingOrderWaitsForTheCloseOfItsSession() {
        Order cls = accepted(TimeInForce.CLS, OrderType.LIMIT, "100.00", "2025-01-02T15:00:00Z");

        assertThat(PaperVenue.auction(cls, US, Instant.parse("2025-01-02T20:59:59Z"))).isEqualTo(AuctionStep.WAIT);
        assertThat(PaperVenue.auction(cls, US, Instant.parse("2025-01-02T21:00:00Z"))).isEqualTo(AuctionStep.CROSS);
        assertThat(venue.auctionMatch(cls, quote("100.01", 100, "2025-01-02T20:59:59Z")))
                .as("a limit below the closing ask does not cross").isEmpty();
        assertThat(venue.auctionMatch(cls, quote("99.95", 100, "2025-01-02T20:59:59Z"))).singleElement()
                .satisfies(fill -> assertThat(fill.price()).isEqualTo(Price.of("99.95")));
    }

    @Test
    void withoutSessionsOrForOtherTimesInForceThereIsNoAuction() {
        Order opg = accepted(TimeInForce.OPG, OrderType.MARKET, null, "2025-01-02T12:00:00Z");
        Order day = accepted(TimeInForce.DAY, OrderType.MARKET, null, "2025-01-02T12:00:00Z");

        assertThat(PaperVenue.auction(opg, MarketClock.alwaysOpen(), Instant.parse("2025-01-02T12:00:00Z")))
                .isEqualTo(AuctionStep.NONE);
        assertThat(PaperVenue.auction(day, US, Instant.parse("2025-01-02T12:00:00Z"))).isEqualTo(AuctionStep.NONE);
    }
}
