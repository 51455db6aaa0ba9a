package io.tradingsuite.risk.config;

import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.core.risk.RiskAuthority;
import io.tradingsuite.core.risk.RiskLimits;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pure-Java risk authority of trading-core with the asset catalogue and the clock. */
@Configuration(proxyBeanMethods = false)
public class RiskConfiguration {

    @Bean
    RiskLimits riskLimits(RiskLimitsProperties properties) {
        return properties.toLimits();
    }

    @Bean
    RiskAuthority riskAuthority(AssetLookup assets, Clock clock) {
        return new RiskAuthority(assets, clock);
    }
}
