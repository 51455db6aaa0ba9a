package io.tradingsuite.execution.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.order.OrderStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Venue} must show, run against each implementation (exchange-core's
 * {@code OrderBookBaseTest} style): the paper venue and Alpaca against a stub. After every scenario the fills the
 * listener received add up, per order, to what the venue reports as filled.
 */
public abstract class VenueContract {

    protected static final Symbol AAPL = Symbol.of("AAPL");

    protected final List<VenueExecution> fills = new CopyOnWriteArrayList<>();
    private final List<ClientOrderId> submitted = new CopyOnWriteArrayList<>();
    private Venue venue;

    /** The venue under test, fresh for each scenario. */
    protected abstract Venue createVenue() throws Exception;

    /** Releases what {@link #createVenue()} started; runs after the invariant check of every scenario. */
    protected void stopVenue() throws Exception {
    }

    /** Sets the market of a symbol (the paper venue gets a quote; the stub fills at it). */
    protected abstract void market(Symbol symbol, Price bid, Price ask);

    @BeforeEach
    void startVenue() throws Exception {
        venue = createVenue();
        venue.subscribe(fills::add);
        market(AAPL, Price.of("99.99"), Price.of("100.00"));
    }

    @AfterEach
    void fillsAddUpToWhatTheVenueReportsFilled() throws Exception {
        try {
            checkFills();
        } finally {
            stopVenue();
        }
    }

    private void checkFills() {
        Map<ClientOrderId, Quantity> received = new HashMap<>();
        fills.forEach(f -> received.merge(f.clientOrderId(), f.quantity(), Quantity::plus));
        for (ClientOrderId id : submitted) {
            VenueOrder order = venue.lookup(id).orElseThrow();
            assertThat(received.getOrDefault(id, Quantity.ZERO)).as("fills of %s", id)
                    .isEqualByComparingTo(order.filledQuantity());
        }
        assertThat(fills).extracting(VenueExecution::tradeId).doesNotHaveDuplicates();
    }

    protected static ClientOrderId newClientOrderId() {
        return ClientOrderId.of(UUID.randomUUID().toString());
    }

    protected OrderTicket ticket(OrderType type, Side side, String qty, String limit) {
        ClientOrderId id = newClientOrderId();
        submitted.add(id);
        return new OrderTicket(id, AAPL, side, type, TimeInForce.DAY, Quantity.of(qty),
                limit == null ? null : Price.of(limit), null, OrderSource.MANUAL, null);
    }

    private VenueOrder accepted(VenueOutcome outcome) {
        assertThat(outcome).isInstanceOf(VenueOutcome.Accepted.class);
        return ((VenueOutcome.Accepted) outcome).order();
    }

    private void awaitStatus(ClientOrderId id, OrderStatus status) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(venue.lookup(id).orElseThrow().status()).isEqualTo(status));
    }

    @Test
    void aMarketableOrderFillsAtTheTouch() {
        OrderTicket buy = ticket(OrderType.MARKET, Side.BUY, "10", null);

        accepted(venue.submit(buy));

        awaitStatus(buy.clientOrderId(), OrderStatus.FILLED);
        await().atMost(Duration.ofSeconds(10)).until(() -> !fills.isEmpty());
        assertThat(fills).allSatisfy(f -> {
            assertThat(f.clientOrderId()).isEqualTo(buy.clientOrderId());
            assertThat(f.price()).isEqualTo(Price.of("100.00"));
        });
        assertThat(venue.positions()).contains(new VenuePosition(AAPL, Quantity.of(10), positionPrice("100.00")));
    }

    /** The average entry price a venue reports for a position (null where it reports none). */
    protected abstract Price positionPrice(String price);

    @Test
    void aRestingLimitOrderCanBeCanceled() {
        OrderTicket buy = ticket(OrderType.LIMIT, Side.BUY, "5", "90.00");
        VenueOrder resting = accepted(venue.submit(buy));
        assertThat(resting.status()).isEqualTo(OrderStatus.NEW);
        assertThat(venue.openOrders()).extracting(VenueOrder::clientOrderId).contains(buy.clientOrderId());

        venue.cancel(buy.clientOrderId());

        awaitStatus(buy.clientOrderId(), OrderStatus.CANCELED);
        assertThat(venue.openOrders()).extracting(VenueOrder::clientOrderId).doesNotContain(buy.clientOrderId());
        assertThat(fills).isEmpty();
    }

    @Test
    void aReplaceLinksTheOldAndTheNewOrder() {
        OrderTicket buy = ticket(OrderType.LIMIT, Side.BUY, "5", "90.00");
        VenueOrder original = accepted(venue.submit(buy));
        ClientOrderId next = newClientOrderId();
        submitted.add(next);

        VenueOrder replacement = venue.replace(buy.clientOrderId(),
                new VenueReplace(null, Price.of("91.00"), null, null, next));

        assertThat(replacement.clientOrderId()).isEqualTo(next);
        assertThat(replacement.replaces()).isEqualTo(original.venueOrderId());
        assertThat(replacement.limitPrice()).isEqualTo(Price.of("91.00"));
        awaitStatus(buy.clientOrderId(), OrderStatus.REPLACED);
        assertThat(venue.lookup(buy.clientOrderId()).orElseThrow().replacedBy()).isEqualTo(replacement.venueOrderId());
    }

    @Test
    void cancelingAnUnknownOrderIsAnError() {
        assertThatThrownBy(() -> venue.cancel(newClientOrderId())).isInstanceOf(VenueException.UnknownOrder.class);
        assertThat(venue.lookup(newClientOrderId())).isEmpty();
    }

    @Test
    void aRepeatedClientOrderIdDoesNotDoubleTheOrder() {
        OrderTicket buy = ticket(OrderType.LIMIT, Side.BUY, "5", "90.00");

        VenueOrder first = accepted(venue.submit(buy));
        VenueOrder second = accepted(venue.submit(buy));

        assertThat(second.venueOrderId()).isEqualTo(first.venueOrderId());
        assertThat(venue.openOrders()).filteredOn(o -> o.clientOrderId().equals(buy.clientOrderId())).hasSize(1);
    }
}
