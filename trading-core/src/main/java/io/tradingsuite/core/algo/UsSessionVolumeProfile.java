package io.tradingsuite.core.algo;

import io.tradingsuite.core.marketdata.IntradayVolumeCurve;
import io.tradingsuite.core.marketdata.UsEquitySession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The U-shaped US session profile of {@link IntradayVolumeCurve}: an interval weighs the curve's weight at its
 * midpoint minute times its length in seconds (outside the session: the midday trough weight). The curve's doubles are
 * statistics; the weight is rounded to 6 decimals so slicing stays exact and repeatable.
 */
public final class UsSessionVolumeProfile implements VolumeProfile {

    private static final int WEIGHT_SCALE = 6;
    private final IntradayVolumeCurve curve;

    public UsSessionVolumeProfile() {
        this(new IntradayVolumeCurve());
    }

    public UsSessionVolumeProfile(IntradayVolumeCurve curve) {
        this.curve = curve;
    }

    @Override
    public BigDecimal weight(Instant from, Instant to) {
        Duration length = Duration.between(from, to);
        Instant midpoint = from.plus(length.dividedBy(2));
        double minuteWeight = curve.weight(UsEquitySession.minuteOfSession(midpoint));
        BigDecimal seconds = BigDecimal.valueOf(Math.max(1, length.toMillis())).movePointLeft(3);
        return BigDecimal.valueOf(minuteWeight).multiply(seconds).setScale(WEIGHT_SCALE, RoundingMode.HALF_EVEN)
                .max(BigDecimal.ONE.movePointLeft(WEIGHT_SCALE));
    }
}
