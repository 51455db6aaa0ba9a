package io.tradingsuite.core.risk;

import static io.tradingsuite.core.risk.RiskFixture.AAPL;
import static io.tradingsuite.core.risk.RiskFixture.scenario;
import static io.tradingsuite.core.risk.VerdictAssert.assertApproved;
import static io.tradingsuite.core.risk.VerdictAssert.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderExceedingBuyingPowerIsDeniedTest {

    @Test
    void aBuyCostingExactlyTheCashIsApproved() {
        assertApproved(scenario().cash("10000.00").quote("99.99", "100.00").buyMarket(AAPL, "100"));
    }

    @Test
    void aBuyCostingOneCentMoreThanTheCashIsDenied() {
        assertDenied(scenario().cash("9999.99").quote("99.99", "100.00").buyMarket(AAPL, "100"), "BuyingPower",
                RiskReasonCode.RISK_INSUFFICIENT_BUYING_POWER);
    }

    @Test
    void openBuyOrdersReserveTheirUnfilledRemainder() {
        RiskFixture fixture = scenario().cash("10000.00").quote("99.99", "100.00")
                .openOrder(Side.BUY, AAPL, 40, "100.00")
                .openOrder(Side.SELL, AAPL, 500, "99.99");

        assertApproved(fixture.buyMarket(AAPL, "60"));
        assertDenied(fixture.buyLimit(AAPL, "60", "100.01"), "BuyingPower",
                RiskReasonCode.RISK_INSUFFICIENT_BUYING_POWER);
    }

    @Test
    void fillsNotYetInTheSnapshotAreSubtracted() {
        RiskFixture fixture = scenario().cash("10000.00", 3).quote("99.99", "100.00")
                .unappliedFill(Side.BUY, AAPL, 30, "100.00")
                .unappliedFill(Side.SELL, AAPL, 10, "100.00");

        // 10,000 - 3,000 + 1,000 = 8,000 available
        assertApproved(fixture.buyLimit(AAPL, "80", "100.00"));
        assertDenied(fixture.buyLimit(AAPL, "80", "100.01"), "BuyingPower",
                RiskReasonCode.RISK_INSUFFICIENT_BUYING_POWER);
    }

    @Test
    void theAvailableBuyingPowerIsCashPlusUnappliedFillsMinusReservations() {
        RiskContext context = new RiskContext(
                scenario().ticket(AAPL, Side.BUY, OrderType.MARKET, "1", null),
                Optional.empty(), Optional.empty(), RiskFixture.NOW,
                Optional.of(new AccountState(RiskFixture.ACCOUNT, Money.of("10000.00"), 1, Map.of())),
                UnappliedFills.NONE.plus(Side.BUY, AAPL, Quantity.of(10), Money.of("1000.00")),
                List.of(new Reservation(ClientOrderId.of("o1"), Side.BUY, AAPL, Quantity.of(20), Price.of("100.00"))),
                RiskLimits.defaults());

        assertThat(context.availableBuyingPower()).contains(Money.of("7000.00"));
    }

    @Test
    void withoutAnAccountSnapshotEveryOrderIsDenied() {
        assertDenied(scenario().quote("99.99", "100.00").buyMarket(AAPL, "1"), "BuyingPower",
                RiskReasonCode.RISK_NO_ACCOUNT_STATE);
        assertDenied(scenario().quote("99.99", "100.00").sellMarket(AAPL, "1"), "BuyingPower",
                RiskReasonCode.RISK_NO_ACCOUNT_STATE);
    }

    @Test
    void sellsNeedNoBuyingPower() {
        assertApproved(scenario().cash("0").position(AAPL, 5).quote("99.99", "100.00").sellMarket(AAPL, "5"));
    }
}
