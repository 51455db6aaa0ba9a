package io.tradingsuite.bot.bot;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Symbol;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code bots}; parameters are stored as a JSON object of strings, symbols comma-separated. */
@Repository
public class BotRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public BotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the bot unless one with its id exists; true if inserted. */
    public boolean insertIfAbsent(Bot bot) {
        return jdbc.sql("""
                insert into bots (id, account_id, strategy, params, symbols, status, created_at, updated_at)
                values (:id, :account, :strategy, :params, :symbols, :status, :created, :updated)
                on conflict do nothing
                """)
                .param("id", bot.id().value())
                .param("account", bot.accountId().value())
                .param("strategy", bot.strategy())
                .param("params", JSON.writeValueAsString(new TreeMap<>(bot.params())))
                .param("symbols", bot.symbols().stream().map(Symbol::value).collect(Collectors.joining(",")))
                .param("status", bot.status().name())
                .param("created", Timestamp.from(bot.createdAt()))
                .param("updated", Timestamp.from(bot.updatedAt()))
                .update() == 1;
    }

    public Optional<Bot> find(BotId id) {
        return jdbc.sql("select * from bots where id = :id").param("id", id.value()).query(BotRepository::map).optional();
    }

    public List<Bot> findAll() {
        return jdbc.sql("select * from bots order by id").query(BotRepository::map).list();
    }

    /** Running bots that trade {@code symbol}. */
    public List<Bot> findRunningTrading(Symbol symbol) {
        return jdbc.sql("select * from bots where status = 'RUNNING' order by id").query(BotRepository::map).stream()
                .filter(b -> b.trades(symbol))
                .toList();
    }

    /** Sets the status; true if the bot exists. */
    public boolean updateStatus(BotId id, BotStatus status, Instant at) {
        return jdbc.sql("update bots set status = :status, updated_at = :at where id = :id")
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .param("id", id.value())
                .update() == 1;
    }

    private static Bot map(ResultSet rs, int row) throws SQLException {
        String symbols = rs.getString("symbols");
        return new Bot(BotId.of(rs.getString("id")), AccountId.of(rs.getString("account_id")), rs.getString("strategy"),
                JSON.readValue(rs.getString("params"), PARAMS),
                symbols.isBlank() ? List.of() : Arrays.stream(symbols.split(",")).map(Symbol::of).toList(),
                BotStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
