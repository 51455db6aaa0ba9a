package io.tradingsuite.core.algo;

import static io.tradingsuite.core.algo.AlgoScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TwapSlicesEquallyOverTheDurationTest {

    private final Twap fiveMinutesFiveSlices = new Twap(Duration.ofMinutes(5), 5);

    @Test
    void aHundredSharesOverFiveSlicesAreFiveChildrenOfTwentyOneMinuteApart() {
        AlgoScenario twap = new AlgoScenario(fiveMinutesFiveSlices, Quantity.of(100));

        assertThat(twap.at(T0.minusSeconds(1))).isEqualTo(Quantity.ZERO);
        assertThat(twap.at(T0)).isEqualTo(Quantity.of(20));
        assertThat(twap.at(T0.plusSeconds(59))).isEqualTo(Quantity.ZERO);
        assertThat(twap.at(T0.plusSeconds(60))).isEqualTo(Quantity.of(20));
        assertThat(twap.at(T0.plusSeconds(120))).isEqualTo(Quantity.of(20));
        assertThat(twap.at(T0.plusSeconds(180))).isEqualTo(Quantity.of(20));
        assertThat(twap.at(T0.plusSeconds(240))).isEqualTo(Quantity.of(20));
        assertThat(twap.at(T0.plusSeconds(600))).isEqualTo(Quantity.ZERO);

        assertThat(twap.children).hasSize(5);
        assertThat(twap.released()).isEqualTo(Quantity.of(100));
        assertThat(twap.progress().slicesDone()).isEqualTo(5);
    }

    @Test
    void theLastSliceTakesTheRemainder() {
        AlgoScenario twap = new AlgoScenario(new Twap(Duration.ofMinutes(3), 3), Quantity.of(7));

        twap.at(T0);
        twap.at(T0.plusSeconds(60));
        twap.at(T0.plusSeconds(120));

        assertThat(twap.children).containsExactly(Quantity.of(2), Quantity.of(2), Quantity.of(3));
    }

    @Test
    void slicesThatRoundToNothingAdvanceTheScheduleWithoutAChild() {
        AlgoScenario twap = new AlgoScenario(fiveMinutesFiveSlices, Quantity.of(3));

        for (int minute = 0; minute < 5; minute++) {
            twap.at(T0.plusSeconds(60L * minute));
        }

        // cumulative targets floor(3k/5) = 0, 1, 1, 2, 3
        assertThat(twap.children).containsExactly(Quantity.of(1), Quantity.of(1), Quantity.of(1));
        assertThat(twap.progress().slicesDone()).isEqualTo(5);
    }

    @Test
    void aLateSchedulerCatchesUpInOneChild() {
        AlgoScenario twap = new AlgoScenario(fiveMinutesFiveSlices, Quantity.of(100));

        assertThat(twap.at(T0.plusSeconds(150))).isEqualTo(Quantity.of(60));
        assertThat(twap.progress().slicesDone()).isEqualTo(3);
        assertThat(twap.at(T0.plusSeconds(240))).isEqualTo(Quantity.of(40));
    }

    @Test
    void fractionalParentsAreSlicedInTheirOwnDecimals() {
        AlgoScenario twap = new AlgoScenario(new Twap(Duration.ofMinutes(2), 2), Quantity.of("10.5"));

        twap.at(T0);
        twap.at(T0.plusSeconds(60));

        assertThat(twap.children).containsExactly(Quantity.of("5.2"), Quantity.of("5.3"));
    }

    @Test
    void childrenCarryTheParentsTicketWithADerivedClientOrderId() {
        OrderTicket parent = new OrderTicket(ClientOrderId.of("mine-1"), Symbol.of("AAPL"), Side.SELL, OrderType.LIMIT,
                TimeInForce.GTC, Quantity.of(100), Price.of("187.25"), null, OrderSource.MANUAL, null);

        OrderTicket child = ChildOrders.ticket(OrderId.of("p-42"), parent, 3, Quantity.of(20));

        assertThat(child.clientOrderId()).isEqualTo(ClientOrderId.of("p-42-3"));
        assertThat(child.quantity()).isEqualTo(Quantity.of(20));
        assertThat(child).usingRecursiveComparison().ignoringFields("clientOrderId", "quantity").isEqualTo(parent);
    }
}
