package io.tradingsuite.core.marketdata;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The regular US equity session, 09:30-16:00 America/New_York, Monday to Friday (exchange holidays are not
 * modelled). Used as the simulated market clock.
 */
public final class UsEquitySession {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    public static final LocalTime CLOSE = LocalTime.of(16, 0);
    /** Minutes in a regular session. */
    public static final int MINUTES = (int) Duration.between(OPEN, CLOSE).toMinutes();

    private UsEquitySession() {
    }

    /** The opening instant of the session on {@code date}, or of the next weekday if {@code date} is a weekend. */
    public static Instant openOn(LocalDate date) {
        LocalDate day = date;
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, OPEN, NEW_YORK).toInstant();
    }

    /** Minutes since the open of the session containing {@code time} (0 = the 09:30 bar), or -1 outside the session. */
    public static int minuteOfSession(Instant time) {
        ZonedDateTime local = time.atZone(NEW_YORK);
        if (isWeekend(local.toLocalDate())) {
            return -1;
        }
        LocalTime clock = local.toLocalTime();
        if (clock.isBefore(OPEN) || !clock.isBefore(CLOSE)) {
            return -1;
        }
        return (int) Duration.between(OPEN, clock).toMinutes();
    }

    /** The start of the minute after the one starting at {@code minuteStart}, jumping from the close to the next open. */
    public static Instant nextMinute(Instant minuteStart) {
        Instant next = minuteStart.plus(Duration.ofMinutes(1));
        if (minuteOfSession(next) >= 0) {
            return next;
        }
        return openOn(next.atZone(NEW_YORK).toLocalDate().plusDays(1));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
