package io.tradingsuite.core.marketdata;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import java.util.Objects;

/**
 * An asset with the parameters the simulator needs: start price, annualised volatility (e.g. {@code 0.25} = 25%),
 * average daily volume in shares and the quoted spread in basis points.
 */
public record SimulatedInstrument(Asset asset, Price startPrice, double annualVolatility, long averageDailyVolume,
                                  double spreadBps) {

    public SimulatedInstrument {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(startPrice, "startPrice");
        if (!(annualVolatility > 0 && annualVolatility < 5)) {
            throw new IllegalArgumentException("annualVolatility must be in (0, 5), was " + annualVolatility);
        }
        if (averageDailyVolume <= 0) {
            throw new IllegalArgumentException("averageDailyVolume must be positive");
        }
        if (!(spreadBps > 0)) {
            throw new IllegalArgumentException("spreadBps must be positive");
        }
    }

    public Symbol symbol() {
        return asset.symbol();
    }

    /** The same instrument starting at another price. */
    public SimulatedInstrument withStartPrice(Price price) {
        return new SimulatedInstrument(asset, price, annualVolatility, averageDailyVolume, spreadBps);
    }
}
