package io.tradingsuite.risk.exposure;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.types.AccountId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code parked_account_snapshots}: per account, the newest snapshot that includes more fills than risk has
 * seen ({@code fillsApplied > fillsSeen}). Portfolio and risk read the fills topic independently, so a snapshot can
 * overtake a fill on its way to risk. Applied at once, it would count that fill twice against buying power: once
 * in the snapshot's cash, and again in the reservation of its order, which risk reduces only when it sees the fill.
 * Parked, it waits for the fill; meanwhile the previous snapshot plus the fills seen since is exact.
 */
@Repository
public class ParkedSnapshots {

    private final JdbcClient jdbc;

    public ParkedSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Parks the snapshot unless a newer one is parked; a snapshot replacing a parked one keeps its
     * {@code parked_since}, so the wait is measured from the first snapshot that got ahead.
     */
    public void park(AccountSnapshot snapshot, Instant now) {
        String account = snapshot.accountId().value();
        int updated = jdbc.sql("update parked_account_snapshots set version = :v, fills_applied = :f, payload = :p"
                        + " where account_id = :a and version < :v")
                .param("a", account).param("v", snapshot.version()).param("f", snapshot.fillsApplied())
                .param("p", EventJson.writeString(snapshot)).update();
        if (updated == 0) {
            jdbc.sql("insert into parked_account_snapshots (account_id, version, fills_applied, payload, parked_since)"
                            + " values (:a, :v, :f, :p, :t) on conflict do nothing")
                    .param("a", account).param("v", snapshot.version()).param("f", snapshot.fillsApplied())
                    .param("p", EventJson.writeString(snapshot)).param("t", Timestamp.from(now)).update();
        }
    }

    /** Since when the account has a snapshot parked, if it has one. */
    public Optional<Instant> parkedSince(AccountId accountId) {
        return jdbc.sql("select parked_since from parked_account_snapshots where account_id = :a")
                .param("a", accountId.value()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Removes and returns the parked snapshot once risk has seen all its fills (one query when none is ready). */
    public Optional<AccountSnapshot> takeIfSeen(AccountId accountId) {
        Optional<String> payload = jdbc.sql("select p.payload from parked_account_snapshots p"
                        + " join account_fill_counter c on c.account_id = p.account_id"
                        + " where p.account_id = :a and p.fills_applied <= c.fills_seen")
                .param("a", accountId.value()).query(String.class).optional();
        payload.ifPresent(ignored -> discard(accountId));
        return payload.map(json -> EventJson.read(AccountSnapshot.class, json));
    }

    /** Forgets the account's parked snapshot (a newer one was applied). */
    public void discard(AccountId accountId) {
        jdbc.sql("delete from parked_account_snapshots where account_id = :a").param("a", accountId.value()).update();
    }
}
