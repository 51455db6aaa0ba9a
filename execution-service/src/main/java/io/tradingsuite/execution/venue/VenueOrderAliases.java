package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Maps a broker's client order ids back to our orders (table {@code venue_order_aliases}, migration V8). Our orders go
 * to a broker with their own id as client order id, except one kind: the stop-loss of an Alpaca {@code oco} order,
 * which Alpaca creates as a leg of the take-profit order with a client order id it generates. That id is recorded
 * here when the oco order is accepted, and {@link #resolve} turns it back into our stop-loss's id.
 *
 * <p>A trade update for such a leg can arrive on the stream before the submitting thread has recorded the alias.
 * {@link #recording} holds a monitor from before the request until the alias is stored, and {@link #resolve} of a
 * client order id that names no order of ours waits for that monitor and looks again, so the update is not dropped.
 */
public class VenueOrderAliases {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Object recording = new Object();

    public VenueOrderAliases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs a venue request whose answer creates aliases ({@link #record}), so that {@link #resolve} waits for it. */
    public <T> T recording(Supplier<T> request) {
        synchronized (recording) {
            return request.get();
        }
    }

    /**
     * Records that the venue calls our order {@code order} by {@code venueClientOrderId} (its own id for a take-profit
     * or an exit sent alone); {@code ocoWith} is the other order of the venue's oco pair, null for an exit sent alone.
     * A repeat changes nothing.
     */
    public void record(ClientOrderId venueClientOrderId, OrderId order, String venueOrderId, OrderId ocoWith) {
        jdbc.sql("insert into venue_order_aliases (venue_client_order_id, order_id, venue_order_id, oco_with, created_at)"
                        + " select :alias, :order, :venueOrderId, :ocoWith, :at where not exists"
                        + " (select 1 from venue_order_aliases where venue_client_order_id = :alias or order_id = :order)")
                .param("alias", venueClientOrderId.value()).param("order", order.value())
                .param("venueOrderId", venueOrderId).param("ocoWith", ocoWith == null ? null : ocoWith.value())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** True when the two orders are the two halves of one oco order at the venue (it ends one when the other ends). */
    public boolean pairedAtVenue(OrderId one, OrderId other) {
        return jdbc.sql("select count(*) from venue_order_aliases where order_id = :one and oco_with = :other")
                .param("one", one.value()).param("other", other.value()).query(Long.class).single() > 0;
    }

    /** The client order id the venue knows our order by: its alias if it has one, else its own id. */
    public ClientOrderId venueClientOrderId(OrderId order) {
        return aliasOf(order).orElseGet(() -> ClientOrderId.of(order.value()));
    }

    /** The alias of one of our orders (its own id when it went as a take-profit or alone), if it has a row. */
    public Optional<ClientOrderId> aliasOf(OrderId order) {
        return jdbc.sql("select venue_client_order_id from venue_order_aliases where order_id = :order")
                .param("order", order.value()).query(String.class).optional().map(ClientOrderId::of);
    }

    /**
     * Our order behind a venue's client order id: an alias's order, else the id itself when it names one of our
     * orders; empty for someone else's order. An id that names nothing is looked up again after any oco submission in
     * flight has recorded its aliases.
     */
    public Optional<OrderId> resolve(ClientOrderId venueClientOrderId) {
        Optional<OrderId> found = lookup(venueClientOrderId);
        if (found.isPresent()) {
            return found;
        }
        synchronized (recording) {
            return lookup(venueClientOrderId);
        }
    }

    private Optional<OrderId> lookup(ClientOrderId venueClientOrderId) {
        Optional<OrderId> alias = jdbc.sql("select order_id from venue_order_aliases where venue_client_order_id = :alias")
                .param("alias", venueClientOrderId.value()).query(String.class).optional().map(OrderId::of);
        if (alias.isPresent() || !OrderId.isValid(venueClientOrderId.value())) {
            return alias;
        }
        OrderId own = OrderId.of(venueClientOrderId.value());
        boolean ours = jdbc.sql("select count(*) from orders where id = :id").param("id", own.value())
                .query(Long.class).single() > 0;
        return ours ? Optional.of(own) : Optional.empty();
    }
}
