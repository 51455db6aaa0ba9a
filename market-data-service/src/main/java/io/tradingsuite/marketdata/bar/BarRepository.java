package io.tradingsuite.marketdata.bar;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.marketdata.Bar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code bars}: one row per symbol, timeframe and bar start. */
@Repository
public class BarRepository {

    private final JdbcClient jdbc;

    public BarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a bar; false if a bar with the same symbol and start already exists (nothing is changed then).
     * {@code ON CONFLICT DO NOTHING} without a conflict target: the form both PostgreSQL and H2 accept.
     */
    public boolean insert(Bar bar, UUID eventId, Instant publishedAt) {
        return jdbc.sql("""
                insert into bars (symbol, timeframe, bar_start, bar_end, open_price, high_price, low_price,
                                  close_price, volume, event_id, published_at)
                values (:symbol, :timeframe, :start, :end, :open, :high, :low, :close, :volume, :eventId, :at)
                on conflict do nothing
                """)
                .param("symbol", bar.symbol().value())
                .param("timeframe", Bar.ONE_MINUTE)
                .param("start", Timestamp.from(bar.start()))
                .param("end", Timestamp.from(bar.end()))
                .param("open", bar.open().value())
                .param("high", bar.high().value())
                .param("low", bar.low().value())
                .param("close", bar.close().value())
                .param("volume", bar.volume())
                .param("eventId", eventId.toString())
                .param("at", Timestamp.from(publishedAt))
                .update() == 1;
    }

    /** Bars of a symbol starting in {@code [from, to)}, oldest first, at most {@code limit} (the oldest ones). */
    public List<Bar> findBetween(Symbol symbol, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select * from bars where symbol = :symbol and timeframe = :timeframe
                  and bar_start >= :from and bar_start < :to
                order by bar_start limit :limit
                """)
                .param("symbol", symbol.value())
                .param("timeframe", Bar.ONE_MINUTE)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query(BarRepository::map)
                .list();
    }

    /** The latest {@code limit} bars of a symbol, oldest first. */
    public List<Bar> findLatest(Symbol symbol, int limit) {
        List<Bar> newestFirst = jdbc.sql("""
                select * from bars where symbol = :symbol and timeframe = :timeframe
                order by bar_start desc limit :limit
                """)
                .param("symbol", symbol.value())
                .param("timeframe", Bar.ONE_MINUTE)
                .param("limit", limit)
                .query(BarRepository::map)
                .list();
        List<Bar> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The most recent bar of every symbol (to resume a simulation where it stopped). */
    public List<Bar> findLastOfEachSymbol() {
        return jdbc.sql("""
                select b.* from bars b
                join (select symbol, max(bar_start) as last_start from bars where timeframe = :timeframe
                      group by symbol) l
                  on b.symbol = l.symbol and b.bar_start = l.last_start
                where b.timeframe = :timeframe
                """)
                .param("timeframe", Bar.ONE_MINUTE)
                .query(BarRepository::map)
                .list();
    }

    private static Bar map(ResultSet rs, int row) throws SQLException {
        return new Bar(Symbol.of(rs.getString("symbol")),
                rs.getTimestamp("bar_start").toInstant(), rs.getTimestamp("bar_end").toInstant(),
                Price.of(rs.getBigDecimal("open_price")), Price.of(rs.getBigDecimal("high_price")),
                Price.of(rs.getBigDecimal("low_price")), Price.of(rs.getBigDecimal("close_price")),
                rs.getLong("volume"));
    }
}
