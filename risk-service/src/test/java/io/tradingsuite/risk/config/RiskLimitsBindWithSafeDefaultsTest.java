package io.tradingsuite.risk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.core.risk.RiskLimits;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.venue.MarketClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RiskLimitsBindWithSafeDefaultsTest {

    private static RiskLimits bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("ts.risk.limits", RiskLimitsProperties.class)
                .toLimits();
    }

    @Test
    void withNothingConfiguredTheDocumentedDefaultsApply() {
        RiskLimits limits = bind(Map.of());

        assertThat(limits).isEqualTo(RiskLimits.defaults());
        assertThat(limits.maxOrderQuantity()).isEqualTo(Quantity.of(10_000));
        assertThat(limits.maxOrderNotional()).isEqualTo(Money.of("250000.00"));
        assertThat(limits.priceCollarBps()).isEqualTo(500);
        assertThat(limits.maxQuoteAge()).isEqualTo(Duration.ofSeconds(30));
        assertThat(limits.version()).isEqualTo(1);
    }

    @Test
    void configuredValuesAreBoundExactly() {
        RiskLimits limits = bind(Map.of(
                "ts.risk.limits.max-order-notional", "1000.005",
                "ts.risk.limits.max-quote-age", "5s",
                "ts.risk.limits.version", "3"));

        assertThat(limits.maxOrderNotional()).isEqualTo(Money.of("1000.005"));
        assertThat(limits.maxQuoteAge()).isEqualTo(Duration.ofSeconds(5));
        assertThat(limits.version()).isEqualTo(3);
    }

    @Test
    void inconsistentLimitsAreRefused() {
        assertThatThrownBy(() -> bind(Map.of(
                "ts.risk.limits.min-order-quantity", "100",
                "ts.risk.limits.max-order-quantity", "10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max_order_quantity");
    }

    @Test
    void symbolListsBindFromCommaSeparatedText() {
        RiskLimits limits = bind(Map.of(
                "ts.risk.limits.restricted-symbols", "gme,AMC",
                "ts.risk.limits.hard-to-borrow-symbols[0]", "TSLA"));

        assertThat(limits.restrictedSymbols()).extracting(Symbol::value).containsExactly("AMC", "GME");
        assertThat(limits.hardToBorrowSymbols()).extracting(Symbol::value).containsExactly("TSLA");
    }

    @Test
    void theMarketCalendarIsAlwaysOpenUnlessUsEquitiesAreAskedFor() {
        Binder none = new Binder(new MapConfigurationPropertySource(Map.of()));
        Binder us = new Binder(new MapConfigurationPropertySource(Map.of("ts.risk.session.mode", "us-equities",
                "ts.risk.session.holidays", "2025-12-25")));

        assertThat(none.bindOrCreate("ts.risk.session", RiskSessionProperties.class).mode())
                .isEqualTo(MarketClock.Kind.ALWAYS_OPEN);
        RiskSessionProperties session = us.bindOrCreate("ts.risk.session", RiskSessionProperties.class);
        assertThat(new RiskConfiguration().riskMarketClock(session)).isEqualTo(
                MarketClock.usEquities(Set.of(LocalDate.parse("2025-12-25"))));
    }
}
