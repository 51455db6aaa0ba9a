package io.tradingsuite.core.orderclass;

import static io.tradingsuite.core.orderclass.BracketScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.validation.ExitPrices;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import org.junit.jupiter.api.Test;

class HeldLegsAreReleasedForWhatTheEntryFilledTest {

    @Test
    void aBuyBracketsLegsAreSellsWithDeterministicClientOrderIdsAndStayHeldWhileTheEntryFillsPartly() {
        BracketScenario s = BracketScenario.bracket(100);

        assertThat(s.takeProfit().ticket().clientOrderId().value()).isEqualTo("e-1-tp");
        assertThat(s.takeProfit().ticket().side()).isEqualTo(Side.SELL);
        assertThat(s.takeProfit().ticket().type()).isEqualTo(OrderType.LIMIT);
        assertThat(s.takeProfit().ticket().limitPrice()).isEqualTo(Price.of("110.00"));
        assertThat(s.stopLoss().ticket().clientOrderId().value()).isEqualTo("e-1-sl");
        assertThat(s.stopLoss().ticket().type()).isEqualTo(OrderType.STOP);
        assertThat(s.stopLoss().ticket().stopPrice()).isEqualTo(Price.of("95.00"));

        s.apply(s.entry, s.fill(40));

        assertThat(s.legs).extracting(o -> o.status()).containsOnly(OrderStatus.HELD);
        assertThat(s.released).isEmpty();
    }

    @Test
    void theFilledEntryReleasesBothLegsForItsQuantityOnce() {
        BracketScenario s = BracketScenario.bracket(100);

        s.apply(s.entry, s.fill(40));
        s.apply(s.entry, s.fill(60));

        assertThat(s.legs).extracting(o -> o.status()).containsOnly(OrderStatus.PENDING_NEW);
        assertThat(s.legs).extracting(o -> o.ticket().quantity()).containsOnly(Quantity.of(100));
        assertThat(s.released).hasSize(2);
        assertThat(Contingency.forEntry(s.entry, s.legs, T0)).as("nothing is released twice").isEmpty();
    }

    @Test
    void anEntryCanceledAfterAPartialFillReleasesTheLegsForWhatFilled() {
        BracketScenario s = BracketScenario.bracket(100);

        s.apply(s.entry, s.fill(30));
        s.apply(s.entry, new OrderUpdate.Cancel("owner", T0));

        assertThat(s.legs).extracting(o -> o.status()).containsOnly(OrderStatus.PENDING_NEW);
        assertThat(s.legs).extracting(o -> o.ticket().quantity()).containsOnly(Quantity.of(30));
    }

    @Test
    void anEntryThatEndsUnfilledCancelsItsHeldLegs() {
        BracketScenario expired = BracketScenario.bracket(100);
        expired.apply(expired.entry, new OrderUpdate.Expire(T0));
        assertThat(expired.legs).extracting(o -> o.status()).containsOnly(OrderStatus.CANCELED);
        assertThat(expired.legs).extracting(o -> o.reasonDetail().orElseThrow()).containsOnly("entry expired unfilled");
        assertThat(expired.released).isEmpty();
    }

    @Test
    void anOtoReleasesItsOneLeg() {
        BracketScenario s = BracketScenario.withEntry(OrderClass.OTO, 10, new ExitPrices(null, Price.of("95.00"),
                Price.of("94.50")));

        assertThat(s.legs).singleElement().satisfies(leg -> {
            assertThat(leg.ticket().type()).isEqualTo(OrderType.STOP_LIMIT);
            assertThat(leg.ticket().limitPrice()).isEqualTo(Price.of("94.50"));
        });
        s.apply(s.entry, s.fill(10));
        assertThat(s.legs.getFirst().status()).isEqualTo(OrderStatus.PENDING_NEW);
    }
}
