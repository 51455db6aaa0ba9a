package io.tradingsuite.risk.config;

import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.core.risk.RiskAuthority;
import io.tradingsuite.core.risk.RiskLimits;
import io.tradingsuite.core.venue.MarketClock;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pure-Java risk authority of trading-core with the asset catalogue, the clock and the market calendar. */
@Configuration(proxyBeanMethods = false)
public class RiskConfiguration {

    @Bean
    RiskLimits riskLimits(RiskLimitsProperties properties) {
        return properties.toLimits();
    }

    @Bean
    MarketClock riskMarketClock(RiskSessionProperties session) {
        return session.toMarketClock();
    }

    @Bean
    RiskAuthority riskAuthority(AssetLookup assets, Clock clock, MarketClock marketClock) {
        return new RiskAuthority(assets, clock, marketClock);
    }
}
