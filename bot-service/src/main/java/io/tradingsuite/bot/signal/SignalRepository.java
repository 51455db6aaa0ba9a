package io.tradingsuite.bot.signal;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code signals}. */
@Repository
public class SignalRepository {

    private final JdbcClient jdbc;

    public SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the signal; false if a signal with the same client order id exists already. */
    public boolean insert(SignalRecord s) {
        return jdbc.sql("""
                insert into signals (id, bot_id, symbol, side, quantity, reason, bar_start, bar_event_id,
                                     client_order_id, correlation_id, created_at)
                values (:id, :bot, :symbol, :side, :quantity, :reason, :barStart, :barEventId, :clientOrderId,
                        :correlationId, :createdAt)
                on conflict do nothing
                """)
                .param("id", s.id().toString())
                .param("bot", s.botId().value())
                .param("symbol", s.symbol().value())
                .param("side", s.side().wire())
                .param("quantity", s.quantity().value())
                .param("reason", s.reason().length() > 500 ? s.reason().substring(0, 500) : s.reason())
                .param("barStart", Timestamp.from(s.barStart()))
                .param("barEventId", s.barEventId().toString())
                .param("clientOrderId", s.clientOrderId().value())
                .param("correlationId", s.correlationId())
                .param("createdAt", Timestamp.from(s.createdAt()))
                .update() == 1;
    }

    /** The bot's newest signals first. */
    public List<SignalRecord> findNewest(BotId bot, int limit) {
        return jdbc.sql("select * from signals where bot_id = :bot order by created_at desc, bar_start desc, id limit :limit")
                .param("bot", bot.value())
                .param("limit", limit)
                .query(SignalRepository::map)
                .list();
    }

    private static SignalRecord map(ResultSet rs, int row) throws SQLException {
        return new SignalRecord(UUID.fromString(rs.getString("id")), BotId.of(rs.getString("bot_id")),
                Symbol.of(rs.getString("symbol")), Side.fromWire(rs.getString("side")),
                Quantity.of(rs.getBigDecimal("quantity")), rs.getString("reason"),
                rs.getTimestamp("bar_start").toInstant(), UUID.fromString(rs.getString("bar_event_id")),
                ClientOrderId.of(rs.getString("client_order_id")), rs.getString("correlation_id"),
                rs.getTimestamp("created_at").toInstant());
    }
}
