package io.tradingsuite.bot.position;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code bot_positions}. */
@Repository
public class BotPositionRepository {

    private final JdbcClient jdbc;

    public BotPositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Quantity position(BotId bot, Symbol symbol) {
        return jdbc.sql("select quantity from bot_positions where bot_id = :bot and symbol = :symbol")
                .param("bot", bot.value())
                .param("symbol", symbol.value())
                .query((rs, n) -> Quantity.of(rs.getBigDecimal(1)))
                .optional()
                .orElse(Quantity.ZERO);
    }

    /** Adds a signed quantity to the position (creating it at zero first). Call inside a transaction. */
    public void add(BotId bot, Symbol symbol, Quantity delta, Instant at) {
        int updated = jdbc.sql("""
                update bot_positions set quantity = quantity + :delta, updated_at = :at
                where bot_id = :bot and symbol = :symbol
                """)
                .param("delta", delta.value())
                .param("at", Timestamp.from(at))
                .param("bot", bot.value())
                .param("symbol", symbol.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into bot_positions (bot_id, symbol, quantity, updated_at) values (:bot, :symbol, :q, :at)")
                    .param("bot", bot.value())
                    .param("symbol", symbol.value())
                    .param("q", delta.value())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }
}
