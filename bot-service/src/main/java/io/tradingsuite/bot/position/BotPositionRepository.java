package io.tradingsuite.bot.position;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.portfolio.Position;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code bot_positions}: per bot and symbol the position, its exact cost basis, realised P&amp;L and round trips. */
@Repository
public class BotPositionRepository {

    private static final String COLUMNS =
            "bot_id, symbol, quantity, cost_basis, realized_pnl, open_trip_pnl, round_trips, winning_round_trips";

    private final JdbcClient jdbc;

    public BotPositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bot's signed quantity of the symbol, zero when it never traded it. */
    public Quantity position(BotId bot, Symbol symbol) {
        return find(bot, symbol).map(BotPosition::quantity).orElse(Quantity.ZERO);
    }

    public Optional<BotPosition> find(BotId bot, Symbol symbol) {
        return jdbc.sql("select " + COLUMNS + " from bot_positions where bot_id = :bot and symbol = :symbol")
                .param("bot", bot.value())
                .param("symbol", symbol.value())
                .query(BotPositionRepository::row)
                .optional();
    }

    /** Every symbol the bot traded. */
    public List<BotPosition> findAll(BotId bot) {
        return jdbc.sql("select " + COLUMNS + " from bot_positions where bot_id = :bot order by symbol")
                .param("bot", bot.value())
                .query(BotPositionRepository::row)
                .list();
    }

    /** Stores the position (insert or update). Call inside a transaction. */
    public void save(BotPosition position, Instant at) {
        int updated = jdbc.sql("""
                update bot_positions set quantity = :quantity, cost_basis = :basis, realized_pnl = :realized,
                    open_trip_pnl = :trip, round_trips = :trips, winning_round_trips = :wins, updated_at = :at
                where bot_id = :bot and symbol = :symbol
                """)
                .params(parameters(position, at))
                .update();
        if (updated == 0) {
            jdbc.sql("insert into bot_positions (" + COLUMNS + ", updated_at)"
                            + " values (:bot, :symbol, :quantity, :basis, :realized, :trip, :trips, :wins, :at)")
                    .params(parameters(position, at))
                    .update();
        }
    }

    private static Map<String, Object> parameters(BotPosition p, Instant at) {
        return Map.of(
                "bot", p.bot().value(),
                "symbol", p.symbol().value(),
                "quantity", p.quantity().value(),
                "basis", p.position().costBasis().value(),
                "realized", p.position().realizedPnl().value(),
                "trip", p.openTripPnl().value(),
                "trips", p.roundTrips(),
                "wins", p.winningRoundTrips(),
                "at", Timestamp.from(at));
    }

    private static BotPosition row(ResultSet rs, int n) throws SQLException {
        Position position = new Position(Symbol.of(rs.getString("symbol")), Quantity.of(rs.getBigDecimal("quantity")),
                Money.of(rs.getBigDecimal("cost_basis")), Money.of(rs.getBigDecimal("realized_pnl")), Optional.empty());
        return new BotPosition(BotId.of(rs.getString("bot_id")), position, Money.of(rs.getBigDecimal("open_trip_pnl")),
                rs.getLong("round_trips"), rs.getLong("winning_round_trips"));
    }
}
