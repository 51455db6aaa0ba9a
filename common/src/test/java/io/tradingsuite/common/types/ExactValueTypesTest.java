package io.tradingsuite.common.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ExactValueTypesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void equalAmountsWithDifferentScalesAreEqual() {
        assertThat(Price.of("187.250")).isEqualTo(Price.of("187.25"));
        assertThat(Price.of("187.250").toString()).isEqualTo("187.25");
        assertThat(Money.of("100").toString()).isEqualTo("100.00");
        assertThat(Quantity.of("10.000").toString()).isEqualTo("10");
        assertThat(Quantity.of("1E+2").toString()).isEqualTo("100");
    }

    @Test
    void notionalIsExactWithoutRounding() {
        Money notional = Price.of("0.1").times(Quantity.of("3"));
        assertThat(notional).isEqualTo(Money.of("0.30"));
        assertThat(Price.of("187.2567").times(Quantity.of("0.333")).value()).isEqualByComparingTo(new BigDecimal("62.3564811"));
    }

    @Test
    void decimalsTravelAsStringsAndNumbersAreAcceptedOnInput() {
        assertThat(json.writeValueAsString(Price.of("187.25"))).isEqualTo("\"187.25\"");
        assertThat(json.readValue("\"187.25\"", Price.class)).isEqualTo(Price.of("187.25"));
        assertThat(json.readValue("187.25", Price.class)).isEqualTo(Price.of("187.25"));
        assertThat(json.readValue("10", Quantity.class)).isEqualTo(Quantity.of(10));
        assertThat(json.readValue("\"0.1\"", Money.class).plus(Money.of("0.2"))).isEqualTo(Money.of("0.3"));
    }

    @Test
    void enumsUseLowerCaseWireNames() {
        assertThat(json.writeValueAsString(Side.BUY)).isEqualTo("\"buy\"");
        assertThat(json.readValue("\"stop_limit\"", OrderType.class)).isEqualTo(OrderType.STOP_LIMIT);
        assertThat(TimeInForce.fromWire("GTC")).isEqualTo(TimeInForce.GTC);
        assertThatThrownBy(() -> Side.fromWire("bananas")).hasMessageContaining("buy, sell");
    }

    @Test
    void invalidValuesAreRefused() {
        assertThatThrownBy(() -> Price.of("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.of("-1.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.of("1.123456789")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantity.of("1.0000000001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Symbol.of("aapl")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Symbol.of("TOOLONGSYMBOL")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Symbol.isValid("BRK.B")).isTrue();
        assertThatThrownBy(() -> ClientOrderId.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyDivisionRoundsAndItSaysHow() {
        assertThat(Money.of("100").divide(new BigDecimal("3")).toString()).isEqualTo("33.3333333333");
        assertThat(Money.of("2.345").toCents()).isEqualTo(Money.of("2.34"));
        assertThat(Price.of("100.00").plusBps(new BigDecimal("2"))).isEqualTo(Price.of("100.02"));
    }
}
