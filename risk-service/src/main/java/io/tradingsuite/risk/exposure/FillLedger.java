package io.tradingsuite.risk.exposure;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.risk.UnappliedFills;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code account_fill_counter} and {@code account_fills}: the fills risk has seen per account, numbered
 * in the order of the account's partition, so that the fills an account snapshot does not include yet
 * ({@code sequence > fillsApplied}) can be subtracted from its cash.
 */
@Repository
public class FillLedger {

    private final JdbcClient jdbc;

    public FillLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a fill once per trade id; returns false for a trade already counted. */
    public boolean record(FillExecuted fill) {
        String account = fill.accountId().value();
        boolean known = jdbc.sql("select count(*) from account_fills where account_id = :a and trade_id = :t")
                .param("a", account).param("t", fill.tradeId().value())
                .query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        int updated = jdbc.sql("update account_fill_counter set fills_seen = fills_seen + 1 where account_id = :a")
                .param("a", account).update();
        if (updated == 0) {
            jdbc.sql("insert into account_fill_counter (account_id, fills_seen) values (:a, 1)")
                    .param("a", account).update();
        }
        long sequence = fillsSeen(fill.accountId());
        Money notional = fill.notional();
        jdbc.sql("insert into account_fills (account_id, sequence_number, trade_id, symbol, quantity_effect, cash_effect)"
                        + " values (:a, :seq, :t, :s, :q, :c)")
                .param("a", account).param("seq", sequence).param("t", fill.tradeId().value())
                .param("s", fill.symbol().value())
                .param("q", fill.side() == Side.BUY ? fill.quantity().value() : fill.quantity().value().negate())
                .param("c", fill.side() == Side.BUY ? notional.negate().value() : notional.value())
                .update();
        return true;
    }

    public long fillsSeen(AccountId accountId) {
        return jdbc.sql("select fills_seen from account_fill_counter where account_id = :a")
                .param("a", accountId.value()).query(Long.class).optional().orElse(0L);
    }

    /** The net effect of the account's fills numbered above {@code fillsApplied}. */
    public UnappliedFills unapplied(AccountId accountId, long fillsApplied) {
        Map<Symbol, Quantity> positions = new HashMap<>();
        Money[] cash = {Money.ZERO};
        jdbc.sql("select symbol, quantity_effect, cash_effect from account_fills"
                        + " where account_id = :a and sequence_number > :applied")
                .param("a", accountId.value()).param("applied", fillsApplied)
                .query((rs, n) -> {
                    positions.merge(Symbol.of(rs.getString("symbol")), Quantity.of(rs.getBigDecimal("quantity_effect")),
                            Quantity::plus);
                    cash[0] = cash[0].plus(Money.of(rs.getBigDecimal("cash_effect")));
                    return n;
                })
                .list();
        return new UnappliedFills(cash[0], positions);
    }

    /** Forgets fills a snapshot has applied (the counter keeps counting). */
    public void pruneApplied(AccountId accountId, long fillsApplied) {
        jdbc.sql("delete from account_fills where account_id = :a and sequence_number <= :applied")
                .param("a", accountId.value()).param("applied", fillsApplied).update();
    }
}
