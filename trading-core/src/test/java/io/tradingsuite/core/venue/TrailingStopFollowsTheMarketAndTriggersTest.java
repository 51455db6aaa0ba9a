package io.tradingsuite.core.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.tradingsuite.core.order.InvalidOrderTransition;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trailing stop worked quote by quote the way the execution service does it: move the watermark, check the
 * trigger, then match.
 */
class TrailingStopFollowsTheMarketAndTriggersTest {

    private static final Instant T0 = Instant.parse("2025-01-02T14:30:00Z");
    private static final Symbol AAPL = Symbol.of("AAPL");
    private final PaperVenue venue = new PaperVenue(BigDecimal.ZERO, TickSizes.US_EQUITIES);

    private static Order working(Side side, String trailPrice, String trailPercent) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of("t-1"), AAPL, side, OrderType.TRAILING_STOP,
                TimeInForce.GTC, Quantity.of(10), null, null, OrderSource.MANUAL, null,
                trailPrice == null ? null : Price.of(trailPrice), trailPercent == null ? null : new BigDecimal(trailPercent));
        Order order = Order.request(OrderId.of("o-1"), AccountId.of("acc-1"), ticket, "corr", T0);
        order.apply(new OrderUpdate.Accept(T0));
        return order;
    }

    private static Quote quote(String bid, String ask) {
        return new Quote(AAPL, Price.of(bid), Price.of(ask), Quantity.of(1000), Quantity.of(1000), T0);
    }

    /** One quote: watermark, trigger, match; the fills it produced. */
    private List<VenueFill> step(Order order, Quote quote) {
        venue.trailWatermark(order, quote).ifPresent(w -> order.apply(new OrderUpdate.TrailMoved(w, quote.at())));
        if (venue.stopReached(order, quote)) {
            order.apply(new OrderUpdate.StopTriggered(quote.at()));
        }
        List<VenueFill> fills = venue.match(order, quote);
        fills.forEach(f -> order.apply(f.toFill()));
        return fills;
    }

    @Test
    void aSellTrailsTheHighestBidByTheTrailPriceAndSellsWhenTheBidFallsToTheStop() {
        Order order = working(Side.SELL, "1.00", null);

        assertThat(step(order, quote("100.00", "100.02"))).isEmpty();
        assertThat(venue.trailingStopPrice(order)).contains(Price.of("99.00"));
        assertThat(step(order, quote("101.00", "101.02"))).isEmpty();
        assertThat(venue.trailingStopPrice(order)).contains(Price.of("100.00"));
        assertThat(step(order, quote("100.50", "100.52"))).as("a lower bid does not move the stop").isEmpty();
        assertThat(order.trailWatermark()).contains(Price.of("101.00"));
        assertThat(order.stopTriggered()).isFalse();

        List<VenueFill> fills = step(order, quote("100.00", "100.02"));

        assertThat(order.stopTriggered()).isTrue();
        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.price()).isEqualTo(Price.of("100.00"));
            assertThat(f.quantity()).isEqualTo(Quantity.of(10));
        });
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aBuyTrailsTheLowestAskByAPercentRoundedUpToTheTick() {
        Order order = working(Side.BUY, null, "2");

        step(order, quote("49.98", "50.00"));
        assertThat(venue.trailingStopPrice(order)).contains(Price.of("51.00"));
        step(order, quote("48.97", "48.99"));
        // 48.99 x 1.02 = 49.9698 -> 49.97 (up: away from the market for a buy)
        assertThat(venue.trailingStopPrice(order)).contains(Price.of("49.97"));
        assertThat(step(order, quote("49.94", "49.96"))).isEmpty();

        assertThat(step(order, quote("49.95", "49.97"))).singleElement()
                .satisfies(f -> assertThat(f.price()).isEqualTo(Price.of("49.97")));
    }

    @Test
    void onceTriggeredTheOrderKeepsWorkingAsAMarketOrderAndNoLongerTrails() {
        Order order = working(Side.SELL, "1.00", null);
        step(order, quote("100.00", "100.02"));
        order.apply(new OrderUpdate.StopTriggered(T0));

        assertThat(venue.trailWatermark(order, quote("105.00", "105.02"))).isEmpty();
        assertThatThrownBy(() -> order.apply(new OrderUpdate.TrailMoved(Price.of("105.00"), T0)))
                .isInstanceOf(InvalidOrderTransition.class);
        assertThat(order.snapshot().trailWatermark()).isEqualTo(Price.of("100.00"));
        assertThat(Order.restore(order.snapshot()).trailWatermark()).contains(Price.of("100.00"));
    }

    @Test
    void otherOrderTypesDoNotTrail() {
        OrderTicket limit = new OrderTicket(ClientOrderId.of("l-1"), AAPL, Side.SELL, OrderType.LIMIT, TimeInForce.DAY,
                Quantity.of(1), Price.of("200.00"), null, OrderSource.MANUAL, null);
        Order order = Order.request(OrderId.of("o-2"), AccountId.of("acc-1"), limit, "corr", T0);
        order.apply(new OrderUpdate.Accept(T0));

        assertThat(venue.trailWatermark(order, quote("100.00", "100.02"))).isEmpty();
        assertThatThrownBy(() -> order.apply(new OrderUpdate.TrailMoved(Price.of("100.00"), T0)))
                .isInstanceOf(InvalidOrderTransition.class);
    }
}
