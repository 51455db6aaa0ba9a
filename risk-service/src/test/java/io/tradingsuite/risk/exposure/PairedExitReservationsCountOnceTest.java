package io.tradingsuite.risk.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.risk.Reservation;
import io.tradingsuite.risk.exposure.ReservationRepository.Held;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ReservationRepository#countPairsOnce}: an open pair of exits counts once (smaller remainder, higher price),
 * everything else as it is.
 */
class PairedExitReservationsCountOnceTest {

    private static Held open(String id, Side side, String remaining, String price, String ocoWith) {
        return held(id, side, "AAPL", remaining, price, ocoWith, true);
    }

    private static Held held(String id, Side side, String symbol, String remaining, String price, String ocoWith,
            boolean open) {
        return new Held(new Reservation(ClientOrderId.of(id), side, Symbol.of(symbol), Quantity.of(remaining),
                Price.of(price)), ocoWith, open);
    }

    private static List<String> ids(List<Reservation> reservations) {
        return reservations.stream().map(r -> r.clientOrderId().value()).toList();
    }

    @Test
    void anOpenPairCountsItsSmallerRemainderOnceWhicheverHalfNamesTheOther() {
        // a take-profit partly filled (7 left) and its stop-loss whose reduction to 7 risk never heard of (10)
        Held tp = open("b-tp", Side.SELL, "7", "110.00", "b-sl");
        Held sl = open("b-sl", Side.SELL, "10", "90.00", "b-tp");
        Held other = open("x-1", Side.BUY, "5", "100.00", null);

        assertThat(ids(ReservationRepository.countPairsOnce(List.of(tp, sl, other)))).containsExactly("b-tp", "x-1");
        assertThat(ids(ReservationRepository.countPairsOnce(List.of(sl, tp, other)))).containsExactly("b-tp", "x-1");
        // an oco: only the stop-loss names the take-profit
        Held ocoTp = open("o-1", Side.SELL, "10", "110.00", null);
        Held ocoSl = open("o-1-sl", Side.SELL, "10", "90.00", "o-1");
        assertThat(ReservationRepository.countPairsOnce(List.of(ocoTp, ocoSl))).hasSize(1);
    }

    @Test
    void theCountedHalfHoldsCashAtTheHigherOfTheTwoPrices() {
        // buy exits covering a short: the take-profit at 90 filled partly (7 left), the stop at 111 still says 10
        Held tp = open("s-tp", Side.BUY, "7", "90.00", "s-sl");
        Held sl = open("s-sl", Side.BUY, "10", "111.00", "s-tp");

        assertThat(ReservationRepository.countPairsOnce(List.of(tp, sl))).singleElement().satisfies(r -> {
            assertThat(r.remaining()).isEqualTo(Quantity.of(7));
            assertThat(r.referencePrice()).isEqualTo(Price.of("111.00"));
        });
    }

    @Test
    void terminalHalvesCountInFullTheirUnseenFillsAddUp() {
        // the take-profit filled 30, the stop-loss then 70, both ended before risk saw the fills: 100 were sold
        Held tp = held("t-tp", Side.SELL, "AAPL", "30", "110.00", "t-sl", false);
        Held sl = held("t-sl", Side.SELL, "AAPL", "70", "90.00", "t-tp", false);
        assertThat(ids(ReservationRepository.countPairsOnce(List.of(tp, sl)))).containsExactly("t-tp", "t-sl");
        // one ended (70 unseen), the other still open (its cancel not seen yet): both count
        Held stillOpen = open("t-tp", Side.SELL, "100", "110.00", "t-sl");
        assertThat(ReservationRepository.countPairsOnce(List.of(stillOpen, sl))).hasSize(2);
    }

    @Test
    void aRowPairsOnceAndOnlyWithTheSameSymbolAndSide() {
        Held a = open("a", Side.SELL, "10", "110.00", "b");
        Held b = open("b", Side.SELL, "10", "90.00", null);
        Held c = open("c", Side.SELL, "10", "95.00", "a"); // names a row that is already paired
        assertThat(ReservationRepository.countPairsOnce(List.of(a, b, c))).hasSize(2);

        Held buy = open("d", Side.BUY, "10", "90.00", "e");
        Held otherSymbol = held("e", Side.BUY, "MSFT", "10", "90.00", null, true);
        Held sell = open("f", Side.SELL, "10", "90.00", "d");
        assertThat(ReservationRepository.countPairsOnce(List.of(buy, otherSymbol, sell))).hasSize(3);
    }
}
