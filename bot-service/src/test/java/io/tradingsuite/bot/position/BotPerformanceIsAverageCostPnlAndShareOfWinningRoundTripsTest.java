package io.tradingsuite.bot.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BotPerformanceIsAverageCostPnlAndShareOfWinningRoundTripsTest {

    private static final BotId BOT = BotId.of("ma-crossover-1");
    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");

    private static BotPosition trade(BotPosition p, Side side, String qty, String price) {
        return p.apply(side, Quantity.of(qty), Price.of(price));
    }

    @Test
    void aBotWithoutFillsHasNoPnlAndNoHitRate() {
        BotPerformance none = BotPerformance.of(BOT, List.of());
        assertThat(none).isEqualTo(BotPerformance.none(BOT));
        assertThat(none.realizedPnl()).isEqualTo(Money.ZERO);
        assertThat(none.hitRate()).isEmpty();
    }

    @Test
    void pnlIsRealisedAtAverageCostAndARoundTripClosesOnlyWhenFlat() {
        BotPosition p = BotPosition.flat(BOT, AAPL);
        p = trade(p, Side.BUY, "10", "100");
        p = trade(p, Side.BUY, "10", "110");          // average cost 105
        p = trade(p, Side.SELL, "5", "120");          // +75 realised, still open
        assertThat(p.position().realizedPnl()).isEqualTo(Money.of("75"));
        assertThat(p.roundTrips()).isZero();
        assertThat(p.openTripPnl()).isEqualTo(Money.of("75"));

        p = trade(p, Side.SELL, "15", "100");         // -75: the round trip nets exactly zero, not a win
        assertThat(p.position().isFlat()).isTrue();
        assertThat(p.position().realizedPnl()).isEqualTo(Money.ZERO);
        assertThat(p.roundTrips()).isEqualTo(1);
        assertThat(p.winningRoundTrips()).isZero();
        assertThat(p.openTripPnl()).isEqualTo(Money.ZERO);
    }

    @Test
    void exactDecimalsWithoutRounding() {
        BotPosition p = BotPosition.flat(BOT, AAPL);
        p = trade(p, Side.BUY, "3", "10");
        p = trade(p, Side.BUY, "0.333333333", "187.12345678");
        p = trade(p, Side.SELL, "3.333333333", "190.01");
        // proceeds 633.36666660333 - basis (30 + 62.37448553095884774) = 540.99218107237115226
        assertThat(p.position().realizedPnl()).isEqualTo(Money.of("540.99218107237115226"));
        assertThat(p.winningRoundTrips()).isEqualTo(1);
    }

    @Test
    void aFillCrossingZeroClosesOneRoundTripAndOpensTheNextAtTheFillPrice() {
        BotPosition p = BotPosition.flat(BOT, AAPL);
        p = trade(p, Side.BUY, "10", "100");
        p = trade(p, Side.SELL, "15", "90");          // long closed at -100, short 5 opened at 90
        assertThat(p.roundTrips()).isEqualTo(1);
        assertThat(p.winningRoundTrips()).isZero();
        assertThat(p.quantity()).isEqualTo(Quantity.of("-5"));
        assertThat(p.openTripPnl()).isEqualTo(Money.ZERO);

        p = trade(p, Side.BUY, "5", "80");            // short covered at +50
        assertThat(p.roundTrips()).isEqualTo(2);
        assertThat(p.winningRoundTrips()).isEqualTo(1);
        assertThat(p.position().realizedPnl()).isEqualTo(Money.of("-50"));
    }

    @Test
    void theBotsRecordSumsItsSymbolsAndTheHitRateIsTheShareOfWinningRoundTrips() {
        BotPosition aapl = BotPosition.flat(BOT, AAPL);
        aapl = trade(aapl, Side.BUY, "10", "100");
        aapl = trade(aapl, Side.SELL, "10", "101");   // +10, win
        aapl = trade(aapl, Side.BUY, "10", "100");
        aapl = trade(aapl, Side.SELL, "10", "99.5");  // -5, loss
        BotPosition msft = BotPosition.flat(BOT, MSFT);
        msft = trade(msft, Side.BUY, "2", "400");
        msft = trade(msft, Side.SELL, "2", "400.25"); // +0.5, win
        msft = trade(msft, Side.BUY, "1", "400");     // open: counts in neither

        BotPerformance performance = BotPerformance.of(BOT, List.of(aapl, msft));

        assertThat(performance.realizedPnl()).isEqualTo(Money.of("5.5"));
        assertThat(performance.roundTrips()).isEqualTo(3);
        assertThat(performance.winningRoundTrips()).isEqualTo(2);
        assertThat(performance.hitRate()).contains(new BigDecimal("0.6667"));
    }

    @Test
    void anotherBotsPositionIsRefused() {
        BotPosition other = BotPosition.flat(BotId.of("other-bot"), AAPL);
        assertThatThrownBy(() -> BotPerformance.of(BOT, List.of(other))).isInstanceOf(IllegalArgumentException.class);
    }
}
