package io.tradingsuite.risk.control;

import io.tradingsuite.common.types.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Serialises the decisions of one account across threads and replicas: a row per account in
 * {@code account_decision_locks}, locked with {@code select ... for update} until the deciding transaction ends.
 * Kafka already serialises an account's requests (one partition), this also covers concurrent callers.
 */
@Repository
public class AccountDecisionLock {

    private final JdbcClient jdbc;

    public AccountDecisionLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Blocks until this transaction holds the account's lock; must run inside a transaction. */
    public void lock(AccountId accountId) {
        jdbc.sql("insert into account_decision_locks (account_id) values (:a) on conflict do nothing")
                .param("a", accountId.value()).update();
        jdbc.sql("select account_id from account_decision_locks where account_id = :a for update")
                .param("a", accountId.value()).query(String.class).single();
    }
}
