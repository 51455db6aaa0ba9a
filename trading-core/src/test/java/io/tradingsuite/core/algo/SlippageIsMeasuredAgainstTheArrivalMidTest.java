package io.tradingsuite.core.algo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SlippageIsMeasuredAgainstTheArrivalMidTest {

    @Test
    void buyingAboveTheArrivalMidIsPositive() {
        assertThat(ArrivalSlippage.bps(Side.BUY, Price.of("100.00"), Price.of("100.25"))).isEqualByComparingTo("25");
        assertThat(ArrivalSlippage.bps(Side.BUY, Price.of("99.99"), Price.of("100.228")))
                .isEqualTo(new BigDecimal("23.8024"));
    }

    @Test
    void sellingBelowTheArrivalMidIsPositiveAndAboveIsNegative() {
        assertThat(ArrivalSlippage.bps(Side.SELL, Price.of("100.00"), Price.of("99.90"))).isEqualByComparingTo("10");
        assertThat(ArrivalSlippage.bps(Side.SELL, Price.of("100.00"), Price.of("100.10"))).isEqualByComparingTo("-10");
    }

    @Test
    void theMidIsExact() {
        assertThat(ArrivalSlippage.mid(Price.of("99.98"), Price.of("100.00"))).isEqualTo(Price.of("99.99"));
        assertThat(ArrivalSlippage.mid(Price.of("10.01"), Price.of("10.02"))).isEqualTo(Price.of("10.015"));
    }
}
