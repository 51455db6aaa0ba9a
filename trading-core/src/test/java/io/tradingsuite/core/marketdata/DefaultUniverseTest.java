package io.tradingsuite.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.validation.Asset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultUniverseTest {

    @Test
    void holdsAtLeastTwentyDistinctTradableAssetsWithWholeShareLotsAndCentTicks() {
        List<Asset> assets = DefaultUniverse.assets();
        assertThat(assets).hasSizeGreaterThanOrEqualTo(20);
        assertThat(assets).extracting(Asset::symbol).doesNotHaveDuplicates();
        assertThat(assets).allSatisfy(asset -> {
            assertThat(asset.tradable()).isTrue();
            assertThat(asset.lotSize()).isEqualTo(Quantity.of(1));
            assertThat(asset.tickSize()).isEqualTo(Price.of("0.01"));
            assertThat(asset.name()).isNotBlank();
        });
        assertThat(assets).extracting(a -> a.symbol().value()).contains("AAPL", "SPY", "QQQ", "NVDA", "JPM");
    }

    @Test
    void volatilitiesAreRealistic() {
        assertThat(DefaultUniverse.instruments()).allSatisfy(i ->
                assertThat(i.annualVolatility()).isBetween(0.15, 0.45));
    }
}
