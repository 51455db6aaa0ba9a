package io.tradingsuite.risk.control;

import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.core.risk.RiskScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code trading_states}: the latest state of each scope that ever changed. */
@Repository
public class TradingStateRepository {

    private final JdbcClient jdbc;

    public TradingStateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScopeState> all() {
        return jdbc.sql("select * from trading_states order by scope").query(TradingStateRepository::map).list();
    }

    public Optional<ScopeState> find(RiskScope scope) {
        return jdbc.sql("select * from trading_states where scope = :s").param("s", scope.wire())
                .query(TradingStateRepository::map).optional();
    }

    /** The stored states of these scopes (scopes without a row are active). */
    public List<ScopeState> find(Collection<RiskScope> scopes) {
        return jdbc.sql("select * from trading_states where scope in (:s)")
                .param("s", scopes.stream().map(RiskScope::wire).toList())
                .query(TradingStateRepository::map).list();
    }

    /** Inserts or replaces the state of a scope (update first, then insert: portable to H2 and PostgreSQL). */
    public void save(ScopeState s) {
        int updated = jdbc.sql("update trading_states set state = :state, kill_switch = :kill, reason = :reason,"
                        + " changed_by = :by, version = :v, changed_at = :at where scope = :scope")
                .param("scope", s.scope().wire()).param("state", s.state().name()).param("kill", s.killSwitch())
                .param("reason", s.reason()).param("by", s.changedBy()).param("v", s.version())
                .param("at", Timestamp.from(s.changedAt()))
                .update();
        if (updated == 0) {
            jdbc.sql("insert into trading_states (scope, state, kill_switch, reason, changed_by, version, changed_at)"
                            + " values (:scope, :state, :kill, :reason, :by, :v, :at)")
                    .param("scope", s.scope().wire()).param("state", s.state().name()).param("kill", s.killSwitch())
                    .param("reason", s.reason()).param("by", s.changedBy()).param("v", s.version())
                    .param("at", Timestamp.from(s.changedAt()))
                    .update();
        }
    }

    private static ScopeState map(ResultSet rs, int row) throws SQLException {
        return new ScopeState(RiskScope.parse(rs.getString("scope")), TradingState.valueOf(rs.getString("state")),
                rs.getBoolean("kill_switch"), rs.getString("reason"), rs.getString("changed_by"), rs.getLong("version"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
