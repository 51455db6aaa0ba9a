package io.tradingsuite.core.algo;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Implementation shortfall against the arrival price, in basis points, positive when the execution was worse for the
 * side: buy {@code (average - arrival) / arrival x 10^4}, sell {@code (arrival - average) / arrival x 10^4}, rounded
 * half-even to {@value #SCALE} decimals. The arrival price is the mid when the parent was created.
 */
public final class ArrivalSlippage {

    /** Decimals of the result. */
    public static final int SCALE = 4;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ArrivalSlippage() {
    }

    public static BigDecimal bps(Side side, Price arrival, Price averageFillPrice) {
        BigDecimal difference = averageFillPrice.value().subtract(arrival.value());
        if (side == Side.SELL) {
            difference = difference.negate();
        }
        return difference.multiply(TEN_THOUSAND).divide(arrival.value(), SCALE, RoundingMode.HALF_EVEN);
    }

    /** The mid of a bid and an ask, rounded half-even to the price scale. */
    public static Price mid(Price bid, Price ask) {
        return Price.of(bid.value().add(ask.value()).divide(BigDecimal.valueOf(2), Price.MAX_SCALE, RoundingMode.HALF_EVEN));
    }
}
