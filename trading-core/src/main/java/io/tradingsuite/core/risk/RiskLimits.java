package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import java.time.Duration;
import java.util.Objects;

/**
 * The configured limits the policies check against; {@code version} is stamped on every decision.
 *
 * @param minOrderQuantity smallest quantity of one order (inclusive)
 * @param maxOrderQuantity largest quantity of one order (inclusive)
 * @param maxOrderNotional largest quantity x reference price of one order (inclusive)
 * @param priceCollarBps   how far (basis points) a limit price may be through the reference quote (inclusive)
 * @param maxQuoteAge      oldest acceptable reference quote (inclusive)
 * @param version          version of this set of limits
 */
public record RiskLimits(
        Quantity minOrderQuantity,
        Quantity maxOrderQuantity,
        Money maxOrderNotional,
        int priceCollarBps,
        Duration maxQuoteAge,
        long version) {

    public RiskLimits {
        Objects.requireNonNull(minOrderQuantity, "minOrderQuantity");
        Objects.requireNonNull(maxOrderQuantity, "maxOrderQuantity");
        Objects.requireNonNull(maxOrderNotional, "maxOrderNotional");
        Objects.requireNonNull(maxQuoteAge, "maxQuoteAge");
        if (!minOrderQuantity.isPositive()) {
            throw new IllegalArgumentException("minOrderQuantity must be positive");
        }
        if (maxOrderQuantity.compareTo(minOrderQuantity) < 0) {
            throw new IllegalArgumentException("maxOrderQuantity must not be below minOrderQuantity");
        }
        if (!maxOrderNotional.isPositive()) {
            throw new IllegalArgumentException("maxOrderNotional must be positive");
        }
        if (priceCollarBps < 0) {
            throw new IllegalArgumentException("priceCollarBps must not be negative");
        }
        if (maxQuoteAge.isNegative() || maxQuoteAge.isZero()) {
            throw new IllegalArgumentException("maxQuoteAge must be positive");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** The defaults: 0.001 to 10,000 shares, 250,000.00 notional, 500 bps collar, 30 s quote age, version 1. */
    public static RiskLimits defaults() {
        return new RiskLimits(Quantity.of("0.001"), Quantity.of(10_000), Money.of("250000.00"), 500,
                Duration.ofSeconds(30), 1);
    }
}
