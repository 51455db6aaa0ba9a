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

    public void save(ScopeState s) {
        jdbc.sql("insert into trading_states (scope, state, kill_switch, reason, changed_by, version, changed_at)"
                        + " values (:scope, :state, :kill, :reason, :by, :v, :at)"
                        + " on conflict (scope) do update set state = excluded.state, kill_switch = excluded.kill_switch,"
                        + " reason = excluded.reason, changed_by = excluded.changed_by, version = excluded.version,"
                        + " changed_at = excluded.changed_at")
                .param("scope", s.scope().wire()).param("state", s.state().name()).param("kill", s.killSwitch())
                .param("reason", s.reason()).param("by", s.changedBy()).param("v", s.version())
                .param("at", Timestamp.from(s.changedAt()))
                .update();
    }

    private static ScopeState map(ResultSet rs, int row) throws SQLException {
        return new ScopeState(RiskScope.parse(rs.getString("scope")), TradingState.valueOf(rs.getString("state")),
                rs.getBoolean("kill_switch"), rs.getString("reason"), rs.getString("changed_by"), rs.getLong("version"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
