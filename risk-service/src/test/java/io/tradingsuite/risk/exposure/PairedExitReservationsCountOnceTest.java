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

/** {@link ReservationRepository#countPairsOnce}: a holding pair of exits counts once, the rest as they are. */
class PairedExitReservationsCountOnceTest {

    private static Held held(String id, Side side, String remaining, String price, String ocoWith) {
        return new Held(new Reservation(ClientOrderId.of(id), side, Symbol.of("AAPL"), Quantity.of(remaining),
                Price.of(price)), ocoWith);
    }

    private static List<String> ids(List<Reservation> reservations) {
        return reservations.stream().map(r -> r.clientOrderId().value()).toList();
    }

    @Test
    void aPairCountsItsSmallerRemainderOnceWhicheverHalfNamesTheOther() {
        // a take-profit partly filled (7 left) and its stop-loss whose reduction to 7 risk never heard of (10)
        Held tp = held("b-tp", Side.SELL, "7", "110.00", "b-sl");
        Held sl = held("b-sl", Side.SELL, "10", "90.00", "b-tp");
        Held other = held("x-1", Side.BUY, "5", "100.00", null);

        assertThat(ids(ReservationRepository.countPairsOnce(List.of(tp, sl, other)))).containsExactly("b-tp", "x-1");
        assertThat(ids(ReservationRepository.countPairsOnce(List.of(sl, tp, other)))).containsExactly("b-tp", "x-1");
        // an oco: only the stop-loss names the take-profit
        Held ocoTp = held("o-1", Side.SELL, "10", "110.00", null);
        Held ocoSl = held("o-1-sl", Side.SELL, "10", "90.00", "o-1");
        assertThat(ReservationRepository.countPairsOnce(List.of(ocoTp, ocoSl))).hasSize(1);
    }

    @Test
    void onATieTheHalfHoldingMoreCashCountsAndAHalfWithoutItsPartnerCountsAlone() {
        // buy exits covering a short: the stop at 110 holds more cash than the take-profit at 90
        Held tp = held("s-tp", Side.BUY, "10", "90.00", "s-sl");
        Held sl = held("s-sl", Side.BUY, "10", "110.00", "s-tp");
        assertThat(ids(ReservationRepository.countPairsOnce(List.of(tp, sl)))).containsExactly("s-sl");

        Held alone = held("a-sl", Side.SELL, "10", "90.00", "a-tp"); // its partner ended
        assertThat(ids(ReservationRepository.countPairsOnce(List.of(alone)))).containsExactly("a-sl");
    }
}
