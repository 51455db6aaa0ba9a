package io.tradingsuite.marketdata.asset;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code assets}. */
@Repository
public class AssetRepository {

    private final JdbcClient jdbc;

    public AssetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the definition of an asset. */
    public void upsert(Asset asset, Instant at) {
        jdbc.sql("""
                insert into assets (symbol, name, asset_class, exchange, tradable, shortable, fractionable,
                                    lot_size, tick_size, updated_at)
                values (:symbol, :name, :assetClass, :exchange, :tradable, :shortable, :fractionable,
                        :lotSize, :tickSize, :at)
                on conflict (symbol) do update set name = excluded.name, asset_class = excluded.asset_class,
                    exchange = excluded.exchange, tradable = excluded.tradable, shortable = excluded.shortable,
                    fractionable = excluded.fractionable, lot_size = excluded.lot_size, tick_size = excluded.tick_size,
                    updated_at = excluded.updated_at
                """)
                .param("symbol", asset.symbol().value())
                .param("name", asset.name())
                .param("assetClass", asset.assetClass())
                .param("exchange", asset.exchange())
                .param("tradable", asset.tradable())
                .param("shortable", asset.shortable())
                .param("fractionable", asset.fractionable())
                .param("lotSize", asset.lotSize().value())
                .param("tickSize", asset.tickSize().value())
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<Asset> findAll() {
        return jdbc.sql("select * from assets order by symbol").query(AssetRepository::map).list();
    }

    private static Asset map(ResultSet rs, int row) throws SQLException {
        return new Asset(Symbol.of(rs.getString("symbol")), rs.getString("name"), rs.getString("asset_class"),
                rs.getString("exchange"), rs.getBoolean("tradable"), rs.getBoolean("shortable"),
                rs.getBoolean("fractionable"), Quantity.of(rs.getBigDecimal("lot_size")),
                Price.of(rs.getBigDecimal("tick_size")));
    }
}
