package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An account's equity reference points: the latest {@code equity}, the equity at the start of {@code day}
 * ({@code dayStartEquity}: the last equity seen before the day began, or the first one seen that day) and the
 * highest equity ever seen ({@code highWaterMark}).
 */
public record EquityMarks(LocalDate day, Money dayStartEquity, Money highWaterMark, Money equity) {

    public EquityMarks {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(dayStartEquity, "dayStartEquity");
        Objects.requireNonNull(highWaterMark, "highWaterMark");
        Objects.requireNonNull(equity, "equity");
    }

    /** The marks of an account first seen with {@code equity} on {@code day}. */
    public static EquityMarks start(LocalDate day, Money equity) {
        return new EquityMarks(day, equity, equity, equity);
    }

    /** The marks after a new equity observation on {@code today} (a new day starts from the last equity seen). */
    public EquityMarks next(LocalDate today, Money newEquity) {
        Money start = today.isAfter(day) ? equity : dayStartEquity;
        LocalDate newDay = today.isAfter(day) ? today : day;
        return new EquityMarks(newDay, start, highWaterMark.max(newEquity), newEquity);
    }

    /** Equity change since the start of the day (negative = loss). */
    public Money dailyPnl() {
        return equity.minus(dayStartEquity);
    }

    /** How far equity is below the high-water mark (zero or positive). */
    public Money drawdown() {
        return highWaterMark.minus(equity).max(Money.ZERO);
    }

    /** Drawdown as a fraction of the high-water mark (0 when the mark is not positive); a statistic, not money. */
    public double drawdownFraction() {
        return highWaterMark.isPositive() ? drawdown().value().doubleValue() / highWaterMark.value().doubleValue() : 0.0;
    }
}
