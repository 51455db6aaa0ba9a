package io.tradingsuite.risk.exposure;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.core.risk.AccountState;
import io.tradingsuite.core.risk.EquityMarks;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code account_state} (+ {@code account_positions}): the latest snapshot per account. */
@Repository
public class AccountStateRepository {

    private final JdbcClient jdbc;

    public AccountStateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the snapshot unless a snapshot of the same or a later version is stored; true when stored. */
    public boolean store(AccountSnapshot snapshot, Instant now) {
        String account = snapshot.accountId().value();
        Optional<Long> storedVersion = jdbc.sql("select version from account_state where account_id = :a")
                .param("a", account).query(Long.class).optional();
        if (storedVersion.isPresent() && storedVersion.get() >= snapshot.version()) {
            return false;
        }
        if (storedVersion.isPresent()) {
            jdbc.sql("update account_state set version = :v, fills_applied = :f, cash = :c, updated_at = :t"
                            + " where account_id = :a")
                    .param("v", snapshot.version()).param("f", snapshot.fillsApplied())
                    .param("c", snapshot.cash().value()).param("t", Timestamp.from(now)).param("a", account)
                    .update();
        } else {
            jdbc.sql("insert into account_state (account_id, version, fills_applied, cash, updated_at)"
                            + " values (:a, :v, :f, :c, :t)")
                    .param("a", account).param("v", snapshot.version()).param("f", snapshot.fillsApplied())
                    .param("c", snapshot.cash().value()).param("t", Timestamp.from(now))
                    .update();
        }
        jdbc.sql("delete from account_positions where account_id = :a").param("a", account).update();
        for (AccountSnapshot.PositionSnapshot position : snapshot.positions()) {
            jdbc.sql("insert into account_positions (account_id, symbol, quantity, market_price) values (:a, :s, :q, :p)")
                    .param("a", account).param("s", position.symbol().value())
                    .param("q", position.quantity().value())
                    .param("p", position.marketPrice() == null ? null : position.marketPrice().value())
                    .update();
        }
        EquityMarks marks = equityMarks(snapshot.accountId())
                .map(m -> m.next(day(snapshot), equity(snapshot)))
                .orElseGet(() -> EquityMarks.start(day(snapshot), equity(snapshot)));
        int updatedMarks = jdbc.sql("update account_equity set trading_day = :d, day_start_equity = :s,"
                        + " high_water_mark = :h, equity = :e, updated_at = :t where account_id = :a")
                .param("a", account).param("d", java.sql.Date.valueOf(marks.day()))
                .param("s", marks.dayStartEquity().value()).param("h", marks.highWaterMark().value())
                .param("e", marks.equity().value()).param("t", Timestamp.from(now))
                .update();
        if (updatedMarks == 0) {
            jdbc.sql("insert into account_equity (account_id, trading_day, day_start_equity, high_water_mark, equity,"
                            + " updated_at) values (:a, :d, :s, :h, :e, :t)")
                    .param("a", account).param("d", java.sql.Date.valueOf(marks.day()))
                    .param("s", marks.dayStartEquity().value()).param("h", marks.highWaterMark().value())
                    .param("e", marks.equity().value()).param("t", Timestamp.from(now))
                    .update();
        }
        return true;
    }

    /** The account's equity marks, when a snapshot was stored. */
    public Optional<EquityMarks> equityMarks(AccountId accountId) {
        return jdbc.sql("select trading_day, day_start_equity, high_water_mark, equity from account_equity"
                        + " where account_id = :a")
                .param("a", accountId.value())
                .query((rs, n) -> new EquityMarks(rs.getDate("trading_day").toLocalDate(),
                        Money.of(rs.getBigDecimal("day_start_equity")), Money.of(rs.getBigDecimal("high_water_mark")),
                        Money.of(rs.getBigDecimal("equity"))))
                .optional();
    }

    /** Every account with a stored snapshot. */
    public List<AccountId> accounts() {
        return jdbc.sql("select account_id from account_state order by account_id").query(String.class).list()
                .stream().map(AccountId::of).toList();
    }

    /** The snapshot's equity, or cash + the positions' market values when the snapshot carries none. */
    static Money equity(AccountSnapshot snapshot) {
        if (snapshot.equity() != null) {
            return snapshot.equity();
        }
        return snapshot.positions().stream()
                .map(p -> p.marketValue() == null ? Money.ZERO : p.marketValue())
                .reduce(snapshot.cash(), Money::plus);
    }

    private static LocalDate day(AccountSnapshot snapshot) {
        return snapshot.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    public Optional<AccountState> find(AccountId accountId) {
        return jdbc.sql("select cash from account_state where account_id = :a")
                .param("a", accountId.value())
                .query((rs, n) -> Money.of(rs.getBigDecimal("cash")).value())
                .optional()
                .map(cash -> {
                    Map<Symbol, Quantity> positions = new HashMap<>();
                    Map<Symbol, Price> marks = new HashMap<>();
                    jdbc.sql("select symbol, quantity, market_price from account_positions where account_id = :a")
                            .param("a", accountId.value())
                            .query((rs, n) -> {
                                Symbol symbol = Symbol.of(rs.getString("symbol"));
                                positions.put(symbol, quantity(rs.getBigDecimal("quantity")));
                                BigDecimal mark = rs.getBigDecimal("market_price");
                                if (mark != null && mark.signum() > 0) {
                                    marks.put(symbol, Price.of(mark));
                                }
                                return n;
                            })
                            .list();
                    long fillsApplied = jdbc.sql("select fills_applied from account_state where account_id = :a")
                            .param("a", accountId.value()).query(Long.class).single();
                    EquityMarks equity = equityMarks(accountId)
                            .orElseGet(() -> EquityMarks.start(LocalDate.EPOCH, Money.of(cash)));
                    return new AccountState(accountId, Money.of(cash), fillsApplied, positions, marks, equity);
                });
    }

    private static Quantity quantity(BigDecimal value) {
        return Quantity.of(value);
    }
}
