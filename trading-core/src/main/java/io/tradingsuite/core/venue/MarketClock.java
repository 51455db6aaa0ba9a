package io.tradingsuite.core.venue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When the market trades: decides whether an instant is inside a regular session and when the session a day order
 * belongs to closes. Two kinds: {@link #alwaysOpen()} (simulated data: the market never closes and day orders never
 * expire) and {@link #usEquities(Set)} (09:30–16:00 America/New_York, Monday to Friday, minus the given holidays).
 */
public sealed interface MarketClock permits MarketClock.AlwaysOpen, MarketClock.UsEquities {

    /** True when {@code at} is inside a regular session. */
    boolean isOpen(Instant at);

    /**
     * The close of the session a day order entered at {@code at} belongs to: today's close when {@code at} is before
     * it on a trading day, else the close of the next trading day. Empty when the market never closes.
     */
    Optional<Instant> sessionCloseFor(Instant at);

    /**
     * The next regular-session open strictly after {@code at} (while the market is open: the next trading day's
     * open, as Alpaca's clock reports it). Empty when the market never closes.
     */
    Optional<Instant> nextOpen(Instant at);

    /** The next session close strictly after {@code at}. Empty when the market never closes. */
    default Optional<Instant> nextClose(Instant at) {
        return sessionCloseFor(at);
    }

    /** A short description for health and logs, e.g. {@code always-open}. */
    String describe();

    static MarketClock alwaysOpen() {
        return new AlwaysOpen();
    }

    static MarketClock usEquities(Set<LocalDate> holidays) {
        return new UsEquities(holidays);
    }

    /** The calendar kinds a service can be configured with ({@code always-open}, {@code us-equities}). */
    enum Kind {
        ALWAYS_OPEN, US_EQUITIES
    }

    /** The calendar of a configured kind ({@code holidays} only matter for {@code us-equities}). */
    static MarketClock of(Kind kind, Collection<LocalDate> holidays) {
        return switch (kind) {
            case ALWAYS_OPEN -> alwaysOpen();
            case US_EQUITIES -> usEquities(new HashSet<>(holidays));
        };
    }

    /** Simulated markets: always open, no session close. */
    record AlwaysOpen() implements MarketClock {
        @Override
        public boolean isOpen(Instant at) {
            return true;
        }

        @Override
        public Optional<Instant> sessionCloseFor(Instant at) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> nextOpen(Instant at) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "always-open";
        }
    }

    /** US equities regular hours, 09:30–16:00 New York time on weekdays that are not holidays (early closes not modelled). */
    record UsEquities(Set<LocalDate> holidays) implements MarketClock {

        public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
        public static final LocalTime OPEN = LocalTime.of(9, 30);
        public static final LocalTime CLOSE = LocalTime.of(16, 0);
        /** Safety bound of the search for the next trading day. */
        private static final int MAX_DAYS_AHEAD = 30;

        public UsEquities {
            holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
        }

        public boolean isTradingDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(day);
        }

        @Override
        public boolean isOpen(Instant at) {
            ZonedDateTime local = at.atZone(NEW_YORK);
            LocalTime time = local.toLocalTime();
            return isTradingDay(local.toLocalDate()) && !time.isBefore(OPEN) && time.isBefore(CLOSE);
        }

        @Override
        public Optional<Instant> sessionCloseFor(Instant at) {
            return Optional.of(nextOnATradingDay(CLOSE, at));
        }

        @Override
        public Optional<Instant> nextOpen(Instant at) {
            return Optional.of(nextOnATradingDay(OPEN, at));
        }

        /** The first instant strictly after {@code at} that is {@code time} New York time on a trading day. */
        private Instant nextOnATradingDay(LocalTime time, Instant at) {
            LocalDate day = at.atZone(NEW_YORK).toLocalDate();
            for (int i = 0; i <= MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
                if (isTradingDay(day)) {
                    Instant candidate = day.atTime(time).atZone(NEW_YORK).toInstant();
                    if (at.isBefore(candidate)) {
                        return candidate;
                    }
                }
            }
            throw new IllegalStateException("no trading day within " + MAX_DAYS_AHEAD + " days of " + at);
        }

        @Override
        public String describe() {
            return "us-equities";
        }
    }
}
