package io.tradingsuite.core.marketdata;

/**
 * U-shaped intraday volume profile of the US session: heavy at the open, light at midday, heavy again into the
 * close. {@link #weight(int)} is a relative weight with mean 1 over the session's minutes, so that
 * {@code adv / MINUTES * weight(minute)} is the expected volume of that minute.
 */
public final class IntradayVolumeCurve {

    /** Weight at the open and at the close relative to the midday trough (before normalisation). */
    private static final double EDGE_TO_TROUGH = 3.0;

    private final double[] weights;

    public IntradayVolumeCurve() {
        int minutes = UsEquitySession.MINUTES;
        weights = new double[minutes];
        double sum = 0;
        for (int m = 0; m < minutes; m++) {
            double x = (m + 0.5) / minutes - 0.5;          // -0.5 .. 0.5
            double raw = 1 + (EDGE_TO_TROUGH - 1) * 4 * x * x; // 1 at midday, EDGE_TO_TROUGH at the edges
            weights[m] = raw;
            sum += raw;
        }
        double mean = sum / minutes;
        for (int m = 0; m < minutes; m++) {
            weights[m] /= mean;
        }
    }

    /** Relative weight of the given minute of the session (0..389); minutes outside the session get the trough weight. */
    public double weight(int minuteOfSession) {
        if (minuteOfSession < 0 || minuteOfSession >= weights.length) {
            return weights[weights.length / 2];
        }
        return weights[minuteOfSession];
    }

    /** Expected volume in shares of one minute for an asset trading {@code averageDailyVolume} shares a day. */
    public double expectedMinuteVolume(long averageDailyVolume, int minuteOfSession) {
        return (double) averageDailyVolume / UsEquitySession.MINUTES * weight(minuteOfSession);
    }
}
