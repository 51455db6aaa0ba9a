package io.tradingsuite.marketdata.config;

import io.tradingsuite.core.venue.MarketClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The market calendar of {@code ts.market-data.session.*}. */
@Configuration(proxyBeanMethods = false)
public class MarketClockConfiguration {

    @Bean
    MarketClock marketClock(MarketSessionProperties session) {
        return session.toMarketClock();
    }
}
