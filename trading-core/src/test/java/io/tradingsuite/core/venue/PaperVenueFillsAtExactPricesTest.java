package io.tradingsuite.core.venue;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderFixture;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperVenueFillsAtExactPricesTest {

    private static final Instant AT = Instant.parse("2025-01-02T14:31:00Z");
    private static final Symbol AAPL = Symbol.of("AAPL");

    private final PaperVenue venue = new PaperVenue(new BigDecimal("2"), TickSizes.US_EQUITIES);
    private final PaperVenue noSlippage = new PaperVenue(BigDecimal.ZERO, TickSizes.US_EQUITIES);

    private static Order working(Side side, OrderType type, String qty, String limit, String stop) {
        Order order = Order.request(OrderId.of("o-1"), io.tradingsuite.common.types.AccountId.of("acc-1"),
                OrderFixture.ticket(side, type, qty, limit, stop), "corr", OrderFixture.T0);
        order.apply(new OrderUpdate.Accept(OrderFixture.T0));
        return order;
    }

    private static Quote quote(String bid, String ask) {
        return Quote.of(AAPL, Price.of(bid), Price.of(ask), AT);
    }

    @Test
    void aMarketBuyPaysTheAskPlusSlippageRoundedUpToTheTick() {
        // 100.00 x 1.0002 = 100.02 exactly
        List<VenueFill> fills = venue.match(working(Side.BUY, OrderType.MARKET, "10", null, null), quote("99.98", "100.00"));

        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.price()).isEqualTo(Price.of("100.02"));
            assertThat(f.quantity()).isEqualTo(Quantity.of(10));
            assertThat(f.quotePrice()).isEqualTo(Price.of("100.00"));
            assertThat(f.tradeId()).isEqualTo(TradeId.of("o-1-1"));
            assertThat(f.sequence()).isEqualTo(1);
            assertThat(f.at()).isEqualTo(AT);
            assertThat(f.slippageBps(true)).isEqualByComparingTo("2");
        });
    }

    @Test
    void slippageIsNeverRoundedAwayInTheTradersFavour() {
        // buy: 187.25 x 1.0002 = 187.28745 -> up to 187.29; sell: 187.20 x 0.9998 = 187.16256 -> down to 187.16
        assertThat(venue.match(working(Side.BUY, OrderType.MARKET, "1", null, null), quote("187.20", "187.25")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("187.29"));
        assertThat(venue.match(working(Side.SELL, OrderType.MARKET, "1", null, null), quote("187.20", "187.25")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("187.16"));
    }

    @Test
    void aMarketSellHitsTheBidMinusSlippage() {
        // 50.00 x 0.9998 = 49.99
        assertThat(venue.match(working(Side.SELL, OrderType.MARKET, "3", null, null), quote("50.00", "50.05")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("49.99"));
    }

    @Test
    void subDollarPricesUseTheFineTick() {
        // 0.5000 x 1.0002 = 0.5001
        assertThat(venue.match(working(Side.BUY, OrderType.MARKET, "100", null, null), quote("0.4990", "0.5000")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("0.5001"));
    }

    @Test
    void aBuyLimitRestsUntilTheAskReachesItAndNeverPaysMoreThanTheLimit() {
        Order order = working(Side.BUY, OrderType.LIMIT, "5", "100.01", null);

        assertThat(venue.match(order, quote("100.01", "100.02"))).isEmpty();
        // ask 100.00 <= limit; 100.00 + 2 bps = 100.02 > limit, so the limit caps the price
        assertThat(venue.match(order, quote("99.99", "100.00")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("100.01"));
        // ask well below the limit: ask + slippage
        assertThat(venue.match(order, quote("90.00", "90.00")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("90.02"));
    }

    @Test
    void aSellLimitFillsWhenTheBidReachesItAndNeverReceivesLessThanTheLimit() {
        Order order = working(Side.SELL, OrderType.LIMIT, "5", "100.00", null);

        assertThat(venue.match(order, quote("99.99", "100.05"))).isEmpty();
        assertThat(venue.match(order, quote("100.00", "100.05")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("100.00"));
        // 110.00 x 0.9998 = 109.978 -> 109.97
        assertThat(venue.match(order, quote("110.00", "110.05")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("109.97"));
    }

    @Test
    void aStopBuyTriggersAtTheStopAndFillsLikeAMarketOrder() {
        Order order = working(Side.BUY, OrderType.STOP, "1", null, "101.00");

        assertThat(noSlippage.match(order, quote("100.90", "100.99"))).isEmpty();
        assertThat(noSlippage.match(order, quote("100.95", "101.00")))
                .singleElement().extracting(VenueFill::price).isEqualTo(Price.of("101.00"));
    }

    @Test
    void theDisplayedSizeCapsTheFillAndTheRestWaits() {
        Order order = working(Side.BUY, OrderType.MARKET, "10", null, null);
        Quote thin = new Quote(AAPL, Price.of("99.98"), Price.of("100.00"), Quantity.of(100), Quantity.of(4), AT);

        VenueFill first = venue.match(order, thin).getFirst();
        order.apply(first.toFill());
        VenueFill second = venue.match(order, thin).getFirst();
        order.apply(second.toFill());
        VenueFill third = venue.match(order, thin).getFirst();
        order.apply(third.toFill());

        assertThat(List.of(first.quantity(), second.quantity(), third.quantity()))
                .containsExactly(Quantity.of(4), Quantity.of(4), Quantity.of(2));
        assertThat(List.of(first.tradeId(), second.tradeId(), third.tradeId()))
                .containsExactly(TradeId.of("o-1-1"), TradeId.of("o-1-2"), TradeId.of("o-1-3"));
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(venue.match(order, thin)).isEmpty();
    }

    @Test
    void ordersThatAreNotWorkingOrOnAnotherSymbolNeverFill() {
        Order pending = Order.request(OrderId.of("o-2"), io.tradingsuite.common.types.AccountId.of("acc-1"),
                OrderFixture.ticket(Side.BUY, OrderType.MARKET, "1", null, null), "corr", OrderFixture.T0);

        assertThat(venue.match(pending, quote("1.00", "1.01"))).isEmpty();
        assertThat(venue.match(working(Side.BUY, OrderType.MARKET, "1", null, null),
                Quote.of(Symbol.of("MSFT"), Price.of("1.00"), Price.of("1.01"), AT))).isEmpty();
    }

    @Test
    void tradeIdsAreDeterministicAndAlwaysValid() {
        String longId = "x".repeat(64);

        assertThat(PaperVenue.tradeId(OrderId.of("abc"), 7)).isEqualTo(TradeId.of("abc-7"));
        assertThat(PaperVenue.tradeId(OrderId.of(longId), 1)).isEqualTo(PaperVenue.tradeId(OrderId.of(longId), 1));
        assertThat(PaperVenue.tradeId(OrderId.of(longId), 1)).isNotEqualTo(PaperVenue.tradeId(OrderId.of(longId), 2));
    }
}
