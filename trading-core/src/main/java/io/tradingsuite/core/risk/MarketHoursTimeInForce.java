package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.PolicyDecision.approved;
import static io.tradingsuite.core.risk.PolicyDecision.denied;

import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.venue.MarketClock;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The time in force must be one the market can honour at the decision time ({@code RISK_MARKET_HOURS}
 * otherwise). On an {@link MarketClock.AlwaysOpen always-open} market (simulated data) every time in force is
 * accepted. On {@link MarketClock.UsEquities US equities} (New York time), following Alpaca's rules:
 * <ul>
 *   <li>{@code ioc} and {@code fok} need the regular session to be open (outside it they could only be canceled);</li>
 *   <li>{@code opg} (opening auction) is refused from {@value #OPG_CUTOFF_TEXT} until {@value #AUCTIONS_REOPEN_TEXT}
 *       on trading days: the auction of that day is closed to new orders, the next one opens to them at 19:00;</li>
 *   <li>{@code cls} (closing auction) is refused from {@value #CLS_CUTOFF_TEXT} until {@value #AUCTIONS_REOPEN_TEXT}
 *       on trading days;</li>
 *   <li>{@code day} and {@code gtc} are accepted at any time (outside the session they wait for the next open).</li>
 * </ul>
 */
public final class MarketHoursTimeInForce implements RiskPolicy {

    static final String OPG_CUTOFF_TEXT = "09:28";
    static final String CLS_CUTOFF_TEXT = "15:50";
    static final String AUCTIONS_REOPEN_TEXT = "19:00";
    static final LocalTime OPG_CUTOFF = LocalTime.parse(OPG_CUTOFF_TEXT);
    static final LocalTime CLS_CUTOFF = LocalTime.parse(CLS_CUTOFF_TEXT);
    static final LocalTime AUCTIONS_REOPEN = LocalTime.parse(AUCTIONS_REOPEN_TEXT);

    @Override
    public PolicyDecision evaluate(RiskContext context) {
        return switch (context.market()) {
            case MarketClock.AlwaysOpen ignored -> approved();
            case MarketClock.UsEquities us -> usEquities(us, context);
        };
    }

    private static PolicyDecision usEquities(MarketClock.UsEquities us, RiskContext context) {
        TimeInForce tif = context.order().timeInForce();
        if (tif == TimeInForce.DAY || tif == TimeInForce.GTC) {
            return approved();
        }
        ZonedDateTime local = context.now().atZone(MarketClock.UsEquities.NEW_YORK);
        LocalTime time = local.toLocalTime();
        boolean tradingDay = us.isTradingDay(local.toLocalDate());
        return switch (tif) {
            case DAY, GTC -> approved();
            case IOC, FOK -> us.isOpen(context.now()) ? approved() : denied(RiskReasonCode.RISK_MARKET_HOURS,
                    "time in force " + tif.wire() + " needs an open market; the regular session is closed at "
                            + local.toLocalDateTime() + " New York time");
            case OPG -> tradingDay && !time.isBefore(OPG_CUTOFF) && time.isBefore(AUCTIONS_REOPEN)
                    ? denied(RiskReasonCode.RISK_MARKET_HOURS, "opg orders are not accepted from " + OPG_CUTOFF_TEXT
                            + " to " + AUCTIONS_REOPEN_TEXT + " New York time on a trading day, was " + time)
                    : approved();
            case CLS -> tradingDay && !time.isBefore(CLS_CUTOFF) && time.isBefore(AUCTIONS_REOPEN)
                    ? denied(RiskReasonCode.RISK_MARKET_HOURS, "cls orders are not accepted from " + CLS_CUTOFF_TEXT
                            + " to " + AUCTIONS_REOPEN_TEXT + " New York time on a trading day, was " + time)
                    : approved();
        };
    }
}
