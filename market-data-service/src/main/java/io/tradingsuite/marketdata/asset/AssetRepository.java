package io.tradingsuite.marketdata.asset;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code assets}. */
@Repository
public class AssetRepository {

    private final JdbcClient jdbc;

    public AssetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts or replaces the definition of an asset. Update-then-insert rather than {@code ON CONFLICT DO UPDATE},
     * which H2 (the zero-setup database) does not support; the asset master has a single writer.
     */
    public void upsert(Asset asset, Instant at) {
        int updated = jdbc.sql("""
                update assets set name = :name, asset_class = :assetClass, exchange = :exchange,
                    tradable = :tradable, shortable = :shortable, fractionable = :fractionable,
                    lot_size = :lotSize, tick_size = :tickSize, updated_at = :at
                where symbol = :symbol
                """)
                .params(params(asset, at))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into assets (symbol, name, asset_class, exchange, tradable, shortable, fractionable,
                                        lot_size, tick_size, updated_at)
                    values (:symbol, :name, :assetClass, :exchange, :tradable, :shortable, :fractionable,
                            :lotSize, :tickSize, :at)
                    """)
                    .params(params(asset, at))
                    .update();
        }
    }

    private static Map<String, Object> params(Asset asset, Instant at) {
        Map<String, Object> params = new HashMap<>();
        params.put("symbol", asset.symbol().value());
        params.put("name", asset.name());
        params.put("assetClass", asset.assetClass());
        params.put("exchange", asset.exchange());
        params.put("tradable", asset.tradable());
        params.put("shortable", asset.shortable());
        params.put("fractionable", asset.fractionable());
        params.put("lotSize", asset.lotSize().value());
        params.put("tickSize", asset.tickSize().value());
        params.put("at", Timestamp.from(at));
        return params;
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
