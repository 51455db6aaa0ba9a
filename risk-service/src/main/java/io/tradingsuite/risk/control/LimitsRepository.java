package io.tradingsuite.risk.control;

import io.tradingsuite.core.risk.RiskLimits;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code risk_limit_versions} and {@code risk_limit_values}: every version of the limits; the highest is current. */
@Repository
public class LimitsRepository {

    private final JdbcClient jdbc;

    public LimitsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> currentVersion() {
        return jdbc.sql("select version from risk_limit_versions order by version desc limit 1").query(Long.class)
                .optional();
    }

    /** The values of a version by limit name. */
    public Map<String, String> values(long version) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("select name, limit_value from risk_limit_values where version = :v").param("v", version)
                .query((rs, n) -> values.put(rs.getString("name"), rs.getString("limit_value"))).list();
        return values;
    }

    /** Stores a new version; false when that version exists already (another writer got there first). */
    public boolean insert(RiskLimits limits, String changedBy, Instant at) {
        int inserted = jdbc.sql("insert into risk_limit_versions (version, changed_by, changed_at) values (:v, :by, :at)"
                        + " on conflict do nothing")
                .param("v", limits.version()).param("by", changedBy).param("at", Timestamp.from(at)).update();
        if (inserted == 0) {
            return false;
        }
        limits.toMap().forEach((name, value) -> jdbc.sql(
                        "insert into risk_limit_values (version, name, limit_value) values (:v, :n, :val)")
                .param("v", limits.version()).param("n", name).param("val", value).update());
        return true;
    }
}
