package io.tradingsuite.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskLimitsAreValidatedTest {

    @Test
    void changesProduceANewVersionAndRoundTripThroughTheMap() {
        RiskLimits changed = RiskLimits.defaults().withChanges(Map.of(RiskLimits.MAX_ORDER_NOTIONAL, "1000.50",
                RiskLimits.DUPLICATE_WINDOW, "PT5S"), 2);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.maxOrderNotional()).isEqualTo(Money.of("1000.50"));
        assertThat(changed.duplicateWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(RiskLimits.defaults().withChanges(changed.toMap(), 3)).isEqualTo(changed.withVersion(3));
        assertThat(RiskLimits.names()).contains(RiskLimits.MAX_DAILY_LOSS, RiskLimits.MAX_ORDERS_PER_SECOND_PER_BOT)
                .hasSize(16);
    }

    @Test
    void negativeAbsurdUnknownAndUnparsableValuesAreAllReported() {
        assertThatThrownBy(() -> RiskLimits.defaults().withChanges(Map.of(
                RiskLimits.MAX_ORDER_NOTIONAL, "-1",
                RiskLimits.MAX_DRAWDOWN_PCT, "150",
                RiskLimits.PRICE_COLLAR_BPS, "abc",
                "max_fun", "1"), 2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder(RiskLimits.PRICE_COLLAR_BPS, "max_fun"));
        assertThatThrownBy(() -> RiskLimits.defaults().withChanges(Map.of(
                RiskLimits.MAX_ORDER_NOTIONAL, "-1",
                RiskLimits.MAX_DRAWDOWN_PCT, "150",
                RiskLimits.MAX_ORDERS_PER_SECOND_PER_ACCOUNT, "0",
                RiskLimits.MIN_ORDER_QUANTITY, "20000"), 2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder(RiskLimits.MAX_ORDER_NOTIONAL, RiskLimits.MAX_DRAWDOWN_PCT,
                                RiskLimits.MAX_ORDERS_PER_SECOND_PER_ACCOUNT, RiskLimits.MAX_ORDER_QUANTITY));
    }

    @Test
    void symbolListsAreNormalisedSortedAndMayBeEmptied() {
        RiskLimits changed = RiskLimits.defaults().withChanges(Map.of(RiskLimits.RESTRICTED_SYMBOLS, " msft, AAPL ,aapl",
                RiskLimits.HARD_TO_BORROW_SYMBOLS, "GME"), 2);

        assertThat(changed.toMap()).containsEntry(RiskLimits.RESTRICTED_SYMBOLS, "AAPL,MSFT")
                .containsEntry(RiskLimits.HARD_TO_BORROW_SYMBOLS, "GME");
        assertThat(RiskLimits.defaults().withChanges(changed.toMap(), 2)).isEqualTo(changed);
        assertThat(changed.withChanges(Map.of(RiskLimits.RESTRICTED_SYMBOLS, ""), 3).restrictedSymbols()).isEmpty();
        assertThat(RiskLimits.defaults().toMap()).containsEntry(RiskLimits.RESTRICTED_SYMBOLS, "");
    }

    @Test
    void aSymbolListWithSomethingThatIsNoSymbolIsRefused() {
        assertThatThrownBy(() -> RiskLimits.defaults().withChanges(Map.of(RiskLimits.RESTRICTED_SYMBOLS, "AAPL,1bad"), 2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo(RiskLimits.RESTRICTED_SYMBOLS)));
    }
}
