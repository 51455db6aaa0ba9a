package io.tradingsuite.portfolio.ledger;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.portfolio.Account;
import io.tradingsuite.core.portfolio.Position;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** JDBC access to {@code accounts}, {@code positions} and {@code applied_fills}. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the account with its starting cash unless it exists; true if created. */
    public boolean createIfMissing(AccountId id, Money startingCash, Instant now) {
        return jdbc.sql("insert into accounts (id, starting_cash, cash, realized_pnl, fills_applied, version, created_at, updated_at)"
                        + " values (:id, :cash, :cash, 0, 0, 0, :now, :now) on conflict do nothing")
                .param("id", id.value())
                .param("cash", startingCash.value())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Loads an account without locking (queries). */
    public Optional<StoredAccount> find(AccountId id) {
        return load(id, false);
    }

    /** Loads an account and locks its row until the transaction ends, serialising writers of one account. */
    public Optional<StoredAccount> lock(AccountId id) {
        return load(id, true);
    }

    private Optional<StoredAccount> load(AccountId id, boolean forUpdate) {
        Optional<AccountRow> row = jdbc.sql("select id, starting_cash, cash, realized_pnl, fills_applied, version, updated_at"
                        + " from accounts where id = :id" + (forUpdate ? " for update" : ""))
                .param("id", id.value())
                .query(AccountRepository::accountRow)
                .optional();
        return row.map(r -> {
            List<Position> positions = jdbc.sql("select symbol, qty, cost_basis, realized_pnl, last_fill_price"
                            + " from positions where account = :id order by symbol")
                    .param("id", id.value())
                    .query(AccountRepository::position)
                    .list();
            Account account = Account.restore(id, Money.of(r.startingCash), Money.of(r.cash), Money.of(r.realizedPnl),
                    r.fillsApplied, positions);
            return new StoredAccount(account, r.version, r.updatedAt);
        });
    }

    /** Ids of the accounts with an open position in any of the symbols. */
    public List<AccountId> accountsHolding(Collection<Symbol> symbols) {
        if (symbols.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct account from positions where qty <> 0 and symbol in (:symbols) order by account")
                .param("symbols", symbols.stream().map(Symbol::value).toList())
                .query((rs, n) -> AccountId.of(rs.getString(1)))
                .list();
    }

    /** Ids of every stored account. */
    public List<AccountId> accountIds() {
        return jdbc.sql("select id from accounts order by id").query((rs, n) -> AccountId.of(rs.getString(1))).list();
    }

    /**
     * Records a fill's trade id; false if that trade was already applied (under any event id).
     */
    public boolean recordAppliedFill(FillExecuted fill, Instant now) {
        return jdbc.sql("insert into applied_fills (trade_id, account, event_id, symbol, side, qty, price, applied_at)"
                        + " values (:tradeId, :account, :eventId, :symbol, :side, :qty, :price, :now)"
                        + " on conflict do nothing")
                .param("tradeId", fill.tradeId().value())
                .param("account", fill.accountId().value())
                .param("eventId", fill.eventId().toString())
                .param("symbol", fill.symbol().value())
                .param("side", fill.side().wire())
                .param("qty", fill.quantity().value())
                .param("price", fill.price().value())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Writes the account's books and the new snapshot version, if the stored version is still {@code expectedVersion}.
     */
    public void update(Account account, long expectedVersion, long newVersion, Instant now) {
        int updated = jdbc.sql("update accounts set cash = :cash, realized_pnl = :realized, fills_applied = :fills,"
                        + " version = :newVersion, updated_at = :now where id = :id and version = :expected")
                .param("cash", account.cash().value())
                .param("realized", account.realizedPnl().value())
                .param("fills", account.fillsApplied())
                .param("newVersion", newVersion)
                .param("now", Timestamp.from(now))
                .param("id", account.id().value())
                .param("expected", expectedVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("account " + account.id() + " changed concurrently (expected version "
                    + expectedVersion + ")");
        }
    }

    /** Inserts or replaces one position row (callers hold the account's row lock). */
    public void savePosition(AccountId account, Position position, Instant now) {
        int updated = jdbc.sql("update positions set qty = :qty, cost_basis = :basis, realized_pnl = :realized,"
                        + " last_fill_price = :lastPrice, updated = :now where account = :account and symbol = :symbol")
                .params(positionParams(account, position, now))
                .update();
        if (updated == 0) {
            jdbc.sql("insert into positions (account, symbol, qty, cost_basis, realized_pnl, last_fill_price, updated)"
                            + " values (:account, :symbol, :qty, :basis, :realized, :lastPrice, :now)")
                    .params(positionParams(account, position, now))
                    .update();
        }
    }

    private static Map<String, Object> positionParams(AccountId account, Position position, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("account", account.value());
        params.put("symbol", position.symbol().value());
        params.put("qty", position.quantity().value());
        params.put("basis", position.costBasis().value());
        params.put("realized", position.realizedPnl().value());
        params.put("lastPrice", position.lastFillPrice().map(Price::value).orElse(null));
        params.put("now", Timestamp.from(now));
        return params;
    }

    private static AccountRow accountRow(ResultSet rs, int rowNum) throws SQLException {
        return new AccountRow(rs.getBigDecimal("starting_cash"), rs.getBigDecimal("cash"), rs.getBigDecimal("realized_pnl"),
                rs.getLong("fills_applied"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
    }

    private static Position position(ResultSet rs, int rowNum) throws SQLException {
        BigDecimal lastPrice = rs.getBigDecimal("last_fill_price");
        return new Position(Symbol.of(rs.getString("symbol")), Quantity.of(rs.getBigDecimal("qty")),
                Money.of(rs.getBigDecimal("cost_basis")), Money.of(rs.getBigDecimal("realized_pnl")),
                Optional.ofNullable(lastPrice).map(Price::of));
    }

    private record AccountRow(BigDecimal startingCash, BigDecimal cash, BigDecimal realizedPnl, long fillsApplied,
                              long version, Instant updatedAt) {
    }
}
