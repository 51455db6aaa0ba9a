package io.tradingsuite.risk.exposure;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.risk.Reservation;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code reservations}: per approved order, the quantity it still holds ({@code remaining_quantity}).
 * Fills reduce it; a terminal order event releases the unfilled part and keeps only what filled but whose fill
 * risk has not seen yet, so buying power is never overstated while the two topics race.
 */
@Repository
public class ReservationRepository {

    /** Status of a reservation: the order is still working, or the venue is done with it. */
    public enum Status { OPEN, TERMINAL }

    private final JdbcClient jdbc;

    public ReservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void reserve(AccountId accountId, OrderTicket order, Price referencePrice, Instant now) {
        reserve(accountId, order, referencePrice, null, now);
    }

    /** Reserves an approved order; {@code ocoWith}: the exit it is paired with (see {@link #holding}), else null. */
    public void reserve(AccountId accountId, OrderTicket order, Price referencePrice, ClientOrderId ocoWith,
            Instant now) {
        jdbc.sql("insert into reservations (account_id, client_order_id, side, symbol, quantity, filled_quantity,"
                        + " remaining_quantity, reference_price, status, created_at, updated_at, oco_with)"
                        + " values (:a, :c, :side, :s, :q, 0, :q, :p, :status, :t, :t, :oco)")
                .param("a", accountId.value()).param("c", order.clientOrderId().value())
                .param("side", order.side().wire()).param("s", order.symbol().value())
                .param("q", order.quantity().value()).param("p", referencePrice.value())
                .param("status", Status.OPEN.name()).param("t", Timestamp.from(now))
                .param("oco", ocoWith == null ? null : ocoWith.value())
                .update();
    }

    /**
     * Reservations that still hold something (remaining &gt; 0), open or terminal. Two paired exits (one names the
     * other in {@code oco_with}) that both hold count once: the one with the smaller remainder (execution keeps their
     * open quantities equal, and a reduction of the other one is not published, so the smaller is the current one),
     * on a tie the one holding more cash.
     */
    public List<Reservation> holding(AccountId accountId) {
        List<Held> held = jdbc.sql("select client_order_id, side, symbol, remaining_quantity, reference_price, oco_with"
                        + " from reservations where account_id = :a and remaining_quantity > 0")
                .param("a", accountId.value())
                .query((rs, n) -> new Held(new Reservation(ClientOrderId.of(rs.getString("client_order_id")),
                        Side.fromWire(rs.getString("side")), Symbol.of(rs.getString("symbol")),
                        Quantity.of(rs.getBigDecimal("remaining_quantity")), Price.of(rs.getBigDecimal("reference_price"))),
                        rs.getString("oco_with")))
                .list();
        return countPairsOnce(held);
    }

    /** What {@link #holding} returns, from the rows: each pair of holding exits reduced to one. */
    static List<Reservation> countPairsOnce(List<Held> held) {
        Map<ClientOrderId, Reservation> byId = new LinkedHashMap<>();
        held.forEach(h -> byId.put(h.reservation().clientOrderId(), h.reservation()));
        for (Held h : held) {
            Reservation self = byId.get(h.reservation().clientOrderId());
            Reservation pair = h.ocoWith() == null ? null : byId.get(ClientOrderId.of(h.ocoWith()));
            if (self == null || pair == null) {
                continue; // already dropped as the other half of a pair, or no pair holding
            }
            byId.remove(counted(self, pair) == self ? pair.clientOrderId() : self.clientOrderId());
        }
        return List.copyOf(byId.values());
    }

    private static Reservation counted(Reservation a, Reservation b) {
        int byRemaining = a.remaining().compareTo(b.remaining());
        if (byRemaining != 0) {
            return byRemaining < 0 ? a : b;
        }
        return a.reservedCash().compareTo(b.reservedCash()) >= 0 ? a : b;
    }

    /** One holding row: the reservation and the exit it is paired with (null: none). */
    record Held(Reservation reservation, String ocoWith) {
    }

    /** True when the order's reservation is still open (approved, not yet reported terminal). */
    public boolean isOpen(AccountId accountId, ClientOrderId clientOrderId) {
        return jdbc.sql("select count(*) from reservations where account_id = :a and client_order_id = :c"
                        + " and status = :s")
                .param("a", accountId.value()).param("c", clientOrderId.value()).param("s", Status.OPEN.name())
                .query(Long.class).single() > 0;
    }

    /** Applies a fill of {@code quantity} to the order's reservation, if risk approved that order. */
    public void applyFill(AccountId accountId, ClientOrderId clientOrderId, Quantity quantity, Instant now) {
        find(accountId, clientOrderId).ifPresent(row -> {
            BigDecimal filled = row.filled().add(quantity.value());
            BigDecimal remaining = row.remaining().subtract(quantity.value()).max(BigDecimal.ZERO);
            update(accountId, clientOrderId, filled, remaining, row.status(), now);
        });
    }

    /**
     * The order reached a terminal state having filled {@code filledQuantity} in total (null: unknown, taken as
     * what risk has seen): keep only the part filled but not seen as fills yet. False when risk holds no reservation
     * for the order.
     */
    public boolean terminate(AccountId accountId, ClientOrderId clientOrderId, Quantity filledQuantity, Instant now) {
        Optional<Row> found = find(accountId, clientOrderId);
        found.ifPresent(row -> {
            BigDecimal total = filledQuantity == null ? row.filled() : filledQuantity.value();
            BigDecimal unseen = total.subtract(row.filled()).max(BigDecimal.ZERO).min(row.remaining());
            update(accountId, clientOrderId, row.filled(), unseen, Status.TERMINAL, now);
        });
        return found.isPresent();
    }

    /**
     * Remembers that an order risk holds no reservation for ended (it was never approved, or not yet): an approval
     * that comes later reserves nothing ({@link #endedBeforeDecision}).
     */
    public void recordEndedBeforeDecision(AccountId accountId, ClientOrderId clientOrderId, Quantity filledQuantity,
            Instant now) {
        jdbc.sql("insert into orders_ended_before_decision (account_id, client_order_id, filled_quantity, ended_at)"
                        + " values (:a, :c, :f, :t) on conflict do nothing")
                .param("a", accountId.value()).param("c", clientOrderId.value())
                .param("f", filledQuantity == null ? BigDecimal.ZERO : filledQuantity.value())
                .param("t", Timestamp.from(now))
                .update();
    }

    /** True when the order ended before risk decided it (see {@link #recordEndedBeforeDecision}). */
    public boolean endedBeforeDecision(AccountId accountId, ClientOrderId clientOrderId) {
        return jdbc.sql("select count(*) from orders_ended_before_decision where account_id = :a"
                        + " and client_order_id = :c")
                .param("a", accountId.value()).param("c", clientOrderId.value())
                .query(Long.class).single() > 0;
    }

    /**
     * The reservation, row-locked until the transaction ends: the fills listener and the order-events listener
     * update the same row from two threads, and each computes the new row from what it read. Without the lock both
     * read the old row and the later commit overwrote the other's change (seen under the kill -9 system test: an
     * {@code OrderFilled} applied over an unseen fill left the fill's quantity reserved for good).
     */
    private Optional<Row> find(AccountId accountId, ClientOrderId clientOrderId) {
        return jdbc.sql("select filled_quantity, remaining_quantity, status from reservations"
                        + " where account_id = :a and client_order_id = :c for update")
                .param("a", accountId.value()).param("c", clientOrderId.value())
                .query((rs, n) -> new Row(rs.getBigDecimal("filled_quantity"), rs.getBigDecimal("remaining_quantity"),
                        Status.valueOf(rs.getString("status"))))
                .optional();
    }

    private void update(AccountId accountId, ClientOrderId clientOrderId, BigDecimal filled, BigDecimal remaining,
            Status status, Instant now) {
        jdbc.sql("update reservations set filled_quantity = :f, remaining_quantity = :r, status = :s, updated_at = :t"
                        + " where account_id = :a and client_order_id = :c")
                .param("f", filled).param("r", remaining).param("s", status.name()).param("t", Timestamp.from(now))
                .param("a", accountId.value()).param("c", clientOrderId.value())
                .update();
    }

    private record Row(BigDecimal filled, BigDecimal remaining, Status status) {
    }
}
