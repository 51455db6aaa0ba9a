package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Money;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LossLimitsAllowOnlyReducingOrdersTest {

    private static final RiskLimits LIMITS = RiskLimits.defaults().withChanges(Map.of(
            RiskLimits.MAX_DAILY_LOSS, "1000.00", RiskLimits.MAX_DRAWDOWN_PCT, "10"), 2);

    private static RiskFixture account(String dayStart, String highWaterMark, String equity) {
        return scenario().cash("100000").quote("9.99", "10.00").position(AAPL, 100, "10.00")
                .equity(dayStart, highWaterMark, equity).limits(LIMITS);
    }

    @Test
    void aDailyLossExactlyAtTheLimitStillTradesAndOneCentMoreOnlyReduces() {
        assertApproved(account("50000.00", "50000.00", "49000.00").buyMarket(AAPL, "1"));
        RiskFixture breached = account("50000.00", "50000.00", "48999.99");
        assertDenied(breached.buyMarket(AAPL, "1"), "DailyLossLimit", RiskReasonCode.RISK_DAILY_LOSS);
        assertApproved(breached.sellMarket(AAPL, "100"));
    }

    @Test
    void aDrawdownExactlyAtTheLimitStillTradesAndOneCentMoreOnlyReduces() {
        // high-water mark 100,000.00, 10% = 10,000.00 below it
        assertApproved(account("90000.00", "100000.00", "90000.00").buyMarket(AAPL, "1"));
        RiskFixture breached = account("89999.99", "100000.00", "89999.99");
        assertDenied(breached.buyMarket(AAPL, "1"), "MaxDrawdown", RiskReasonCode.RISK_DRAWDOWN);
        assertApproved(breached.sellMarket(AAPL, "10"));
    }

    @Test
    void equityMarksRollTheDayFromTheLastEquityAndKeepTheHighWaterMark() {
        LocalDate monday = LocalDate.of(2025, 3, 3);
        EquityMarks marks = EquityMarks.start(monday, Money.of("1000.00"))
                .next(monday, Money.of("1200.00"))
                .next(monday, Money.of("1100.00"));
        assertThat(marks.dailyPnl()).isEqualTo(Money.of("100.00"));
        assertThat(marks.highWaterMark()).isEqualTo(Money.of("1200.00"));
        assertThat(marks.drawdown()).isEqualTo(Money.of("100.00"));

        EquityMarks tuesday = marks.next(monday.plusDays(1), Money.of("1050.00"));
        assertThat(tuesday.dayStartEquity()).isEqualTo(Money.of("1100.00"));
        assertThat(tuesday.dailyPnl()).isEqualTo(Money.of("-50.00"));
        assertThat(LossLimits.dailyLossBreach(tuesday, LIMITS)).isEmpty();
        // 150.00 below the 1,200.00 mark is 12.5% > 10%
        assertThat(LossLimits.breach(tuesday, LIMITS)).hasValueSatisfying(
                d -> assertThat(d.reasonCode()).isEqualTo(RiskReasonCode.RISK_DRAWDOWN));
    }
}
