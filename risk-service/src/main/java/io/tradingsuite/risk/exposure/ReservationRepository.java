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

    /** How long the end of an order risk holds nothing for is remembered for a late decision. */
    static final java.time.Duration KEEP_ENDED = java.time.Duration.ofDays(7);

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
     * other in {@code oco_with}, same symbol and side) that are both still OPEN count once, as the smaller remainder
     * at the higher reference price: together they never fill more than the group's quantity, execution keeps their
     * open quantities equal, and a reduction of one is not published (so the smaller is the current one). As soon as
     * either is terminal both count in full: a terminal row holds fills risk has not seen yet, which add up.
     */
    public List<Reservation> holding(AccountId accountId) {
        List<Held> held = jdbc.sql("select client_order_id, side, symbol, remaining_quantity, reference_price, oco_with,"
                        + " status from reservations where account_id = :a and remaining_quantity > 0")
                .param("a", accountId.value())
                .query((rs, n) -> new Held(row(rs), rs.getString("oco_with"),
                        Status.valueOf(rs.getString("status")) == Status.OPEN))
                .list();
        return countPairsOnce(held);
    }

    /** An approved order's reservation (open or terminal) and the fills of it risk has seen. */
    public record Seen(Reservation reservation, Quantity filled) {
    }

    /** The order's reservation, whatever its status, with the quantity risk has seen filled. */
    public Optional<Seen> seen(AccountId accountId, ClientOrderId clientOrderId) {
        return jdbc.sql("select client_order_id, side, symbol, remaining_quantity, reference_price, filled_quantity"
                        + " from reservations where account_id = :a and client_order_id = :c")
                .param("a", accountId.value()).param("c", clientOrderId.value())
                .query((rs, n) -> new Seen(row(rs), Quantity.of(rs.getBigDecimal("filled_quantity")))).optional();
    }

    /** The order's reservation while it is OPEN (approved, not reported terminal yet). */
    public Optional<Reservation> open(AccountId accountId, ClientOrderId clientOrderId) {
        return jdbc.sql("select client_order_id, side, symbol, remaining_quantity, reference_price from reservations"
                        + " where account_id = :a and client_order_id = :c and status = :s")
                .param("a", accountId.value()).param("c", clientOrderId.value()).param("s", Status.OPEN.name())
                .query((rs, n) -> row(rs)).optional();
    }

    private static Reservation row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Reservation(ClientOrderId.of(rs.getString("client_order_id")), Side.fromWire(rs.getString("side")),
                Symbol.of(rs.getString("symbol")), Quantity.of(rs.getBigDecimal("remaining_quantity")),
                Price.of(rs.getBigDecimal("reference_price")));
    }

    /** What {@link #holding} returns, from the rows: each open pair of exits reduced to one; a row pairs once. */
    static List<Reservation> countPairsOnce(List<Held> held) {
        Map<ClientOrderId, Held> byId = new LinkedHashMap<>();
        held.forEach(h -> byId.put(h.reservation().clientOrderId(), h));
        Map<ClientOrderId, Reservation> counted = new LinkedHashMap<>();
        held.forEach(h -> counted.put(h.reservation().clientOrderId(), h.reservation()));
        java.util.Set<ClientOrderId> paired = new java.util.HashSet<>();
        for (Held h : held) {
            Reservation self = h.reservation();
            Held partner = h.ocoWith() == null ? null : byId.get(ClientOrderId.of(h.ocoWith()));
            if (partner == null || !h.open() || !partner.open() || paired.contains(self.clientOrderId())
                    || paired.contains(partner.reservation().clientOrderId())
                    || partner.reservation().side() != self.side()
                    || !partner.reservation().symbol().equals(self.symbol())) {
                continue;
            }
            Reservation other = partner.reservation();
            paired.add(self.clientOrderId());
            paired.add(other.clientOrderId());
            Reservation smaller = self.remaining().compareTo(other.remaining()) <= 0 ? self : other;
            Price higher = self.referencePrice().compareTo(other.referencePrice()) >= 0
                    ? self.referencePrice() : other.referencePrice();
            counted.remove(smaller == self ? other.clientOrderId() : self.clientOrderId());
            counted.put(smaller.clientOrderId(), new Reservation(smaller.clientOrderId(), smaller.side(),
                    smaller.symbol(), smaller.remaining(), higher));
        }
        return List.copyOf(counted.values());
    }

    /** One holding row: the reservation, the exit it is paired with (null: none) and whether it is OPEN. */
    record Held(Reservation reservation, String ocoWith, boolean open) {
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
        // ends nobody decides later (e.g. of an algorithm's parent, never asked of risk) are kept a week at most
        jdbc.sql("delete from orders_ended_before_decision where account_id = :a and ended_at < :cutoff")
                .param("a", accountId.value()).param("cutoff", Timestamp.from(now.minus(KEEP_ENDED)))
                .update();
        jdbc.sql("insert into orders_ended_before_decision (account_id, client_order_id, filled_quantity, ended_at)"
                        + " values (:a, :c, :f, :t) on conflict do nothing")
                .param("a", accountId.value()).param("c", clientOrderId.value())
                .param("f", filledQuantity == null ? BigDecimal.ZERO : filledQuantity.value())
                .param("t", Timestamp.from(now))
                .update();
    }

    /**
     * True when the order ended before risk decided it (see {@link #recordEndedBeforeDecision}); the record is used
     * up (the order is decided now, once: its client order id is never decided again).
     */
    public boolean endedBeforeDecision(AccountId accountId, ClientOrderId clientOrderId) {
        return jdbc.sql("delete from orders_ended_before_decision where account_id = :a and client_order_id = :c")
                .param("a", accountId.value()).param("c", clientOrderId.value())
                .update() > 0;
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
