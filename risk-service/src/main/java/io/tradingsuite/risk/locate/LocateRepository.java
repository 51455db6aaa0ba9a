package io.tradingsuite.risk.locate;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code locates}. Update-then-insert instead of upserts: the same SQL runs on PostgreSQL and H2. */
@Repository
class LocateRepository {

    private final JdbcClient jdbc;

    LocateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Locate> find(AccountId account, Symbol symbol, LocalDate day) {
        return jdbc.sql("select * from locates where account_id = :a and symbol = :s and trading_day = :d")
                .param("a", account.value()).param("s", symbol.value()).param("d", Date.valueOf(day))
                .query(LocateRepository::map).optional();
    }

    List<Locate> onDay(LocalDate day) {
        return jdbc.sql("select * from locates where trading_day = :d order by account_id, symbol")
                .param("d", Date.valueOf(day)).query(LocateRepository::map).list();
    }

    /** Adds located shares (creating the day's row when needed). */
    void add(AccountId account, Symbol symbol, LocalDate day, Quantity quantity, String by, Instant at) {
        int updated = jdbc.sql("""
                        update locates set located = located + :q, located_by = :by, updated_at = :at
                        where account_id = :a and symbol = :s and trading_day = :d""")
                .param("q", quantity.value()).param("by", by).param("at", Timestamp.from(at))
                .param("a", account.value()).param("s", symbol.value()).param("d", Date.valueOf(day)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into locates (account_id, symbol, trading_day, located, used, located_by, updated_at)
                            values (:a, :s, :d, :q, 0, :by, :at)""")
                    .param("a", account.value()).param("s", symbol.value()).param("d", Date.valueOf(day))
                    .param("q", quantity.value()).param("by", by).param("at", Timestamp.from(at)).update();
        }
    }

    /** Uses located shares; false (and nothing changed) when fewer than {@code quantity} are left. */
    boolean use(AccountId account, Symbol symbol, LocalDate day, Quantity quantity, Instant at) {
        return jdbc.sql("""
                        update locates set used = used + :q, updated_at = :at
                        where account_id = :a and symbol = :s and trading_day = :d and located - used >= :q""")
                .param("q", quantity.value()).param("at", Timestamp.from(at))
                .param("a", account.value()).param("s", symbol.value()).param("d", Date.valueOf(day)).update() == 1;
    }

    private static Locate map(ResultSet rs, int row) throws SQLException {
        return new Locate(AccountId.of(rs.getString("account_id")), Symbol.of(rs.getString("symbol")),
                rs.getDate("trading_day").toLocalDate(), Quantity.of(rs.getBigDecimal("located")),
                Quantity.of(rs.getBigDecimal("used")), rs.getString("located_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
