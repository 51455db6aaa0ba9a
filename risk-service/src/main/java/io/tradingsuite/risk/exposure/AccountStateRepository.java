package io.tradingsuite.risk.exposure;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.risk.AccountState;
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
            jdbc.sql("insert into account_positions (account_id, symbol, quantity) values (:a, :s, :q)")
                    .param("a", account).param("s", position.symbol().value())
                    .param("q", position.quantity().value())
                    .update();
        }
        return true;
    }

    public Optional<AccountState> find(AccountId accountId) {
        return jdbc.sql("select fills_applied, cash from account_state where account_id = :a")
                .param("a", accountId.value())
                .query((rs, n) -> new AccountState(accountId, Money.of(rs.getBigDecimal("cash")),
                        rs.getLong("fills_applied"), positions(accountId)))
                .optional();
    }

    private Map<Symbol, Quantity> positions(AccountId accountId) {
        Map<Symbol, Quantity> positions = new HashMap<>();
        jdbc.sql("select symbol, quantity from account_positions where account_id = :a")
                .param("a", accountId.value())
                .query((rs, n) -> positions.put(Symbol.of(rs.getString("symbol")), quantity(rs.getBigDecimal("quantity"))))
                .list();
        return positions;
    }

    private static Quantity quantity(BigDecimal value) {
        return Quantity.of(value);
    }
}
