package io.tradingsuite.marketdata.web;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;

/** An asset of the asset master (Alpaca-like field names). */
public record AssetResponse(Symbol symbol, String name, String assetClass, String exchange, boolean tradable,
                            boolean shortable, boolean fractionable, Quantity lotSize, Price tickSize) {

    static AssetResponse of(Asset a) {
        return new AssetResponse(a.symbol(), a.name(), a.assetClass(), a.exchange(), a.tradable(), a.shortable(),
                a.fractionable(), a.lotSize(), a.tickSize());
    }
}
