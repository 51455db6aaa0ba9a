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
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderUpdate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaperVenueTimeInForceAndParticipationTest {

    private static final Instant T0 = Instant.parse("2025-01-02T14:30:00Z");
    private static final Symbol AAPL = Symbol.of("AAPL");
    private final PaperVenue venue = new PaperVenue(BigDecimal.ZERO, TickSizes.US_EQUITIES);

    private static Order working(OrderType type, TimeInForce tif, String qty, String limit, String stop) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of("c-1"), AAPL, Side.BUY, type, tif, Quantity.of(qty),
                limit == null ? null : Price.of(limit), stop == null ? null : Price.of(stop), OrderSource.MANUAL, null);
        Order order = Order.request(OrderId.of("o-1"), AccountId.of("acc-1"), ticket, "corr", T0);
        order.apply(new OrderUpdate.Accept(T0));
        return order;
    }

    private static Quote quote(String ask, long askSize, Instant at) {
        return new Quote(AAPL, Price.of(new BigDecimal(ask).subtract(new BigDecimal("0.01"))), Price.of(ask), Quantity.of(100),
                Quantity.of(askSize), at);
    }

    @Test
    void fillOrKillFillsOnlyWhenTheWholeQuantityIsDisplayed() {
        Order fok = working(OrderType.MARKET, TimeInForce.FOK, "10", null, null);

        assertThat(venue.match(fok, quote("100.00", 9, T0))).isEmpty();
        assertThat(venue.match(fok, quote("100.00", 10, T0))).singleElement()
                .extracting(VenueFill::quantity).isEqualTo(Quantity.of(10));
        assertThat(PaperVenue.cancelsRemainder(fok.ticket())).isTrue();
    }

    @Test
    void immediateOrCancelFillsWhatIsDisplayedAndTheCallerCancelsTheRest() {
        Order ioc = working(OrderType.MARKET, TimeInForce.IOC, "10", null, null);

        assertThat(venue.match(ioc, quote("100.00", 4, T0))).singleElement()
                .extracting(VenueFill::quantity).isEqualTo(Quantity.of(4));
        assertThat(PaperVenue.cancelsRemainder(ioc.ticket())).isTrue();
        assertThat(PaperVenue.cancelsRemainder(working(OrderType.MARKET, TimeInForce.DAY, "1", null, null).ticket()))
                .isFalse();
    }

    @Test
    void theParticipationCapLimitsTheFillAndAZeroCapFillsNothing() {
        Order order = working(OrderType.MARKET, TimeInForce.DAY, "1000", null, null);
        Quantity cap = PaperVenue.participationCap(new BigDecimal("0.1"), 2_345);

        assertThat(cap).isEqualTo(Quantity.of(234));
        assertThat(venue.match(order, quote("100.00", 5_000, T0), cap)).singleElement()
                .extracting(VenueFill::quantity).isEqualTo(Quantity.of(234));
        assertThat(venue.match(order, quote("100.00", 5_000, T0), Quantity.ZERO)).isEmpty();
        assertThatThrownBy(() -> PaperVenue.participationCap(new BigDecimal("1.5"), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrderIsNotMatchedBeforeTheAcknowledgementLatencyPassed() {
        PaperVenue slow = new PaperVenue(BigDecimal.ZERO, TickSizes.US_EQUITIES, Duration.ofMillis(250));
        Order order = working(OrderType.MARKET, TimeInForce.DAY, "1", null, null);

        assertThat(slow.match(order, quote("100.00", 10, T0.plusMillis(249)))).isEmpty();
        assertThat(slow.match(order, quote("100.00", 10, T0.plusMillis(250)))).hasSize(1);
    }

    @Test
    void aTriggeredStopIsRememberedWhenThePriceMovesBack() {
        Order stop = working(OrderType.STOP, TimeInForce.DAY, "5", null, "101.00");
        Quote touching = quote("101.00", 2, T0);
        Quote retreated = quote("100.50", 10, T0);

        assertThat(venue.stopReached(stop, retreated)).isFalse();
        assertThat(venue.stopReached(stop, touching)).isTrue();
        stop.apply(new OrderUpdate.StopTriggered(T0));
        stop.apply(venue.match(stop, touching).getFirst().toFill());

        assertThat(venue.stopReached(stop, touching)).as("once only").isFalse();
        assertThat(venue.match(stop, retreated)).singleElement().satisfies(f -> {
            assertThat(f.quantity()).isEqualTo(Quantity.of(3));
            assertThat(f.price()).isEqualTo(Price.of("100.50"));
        });
    }
}
