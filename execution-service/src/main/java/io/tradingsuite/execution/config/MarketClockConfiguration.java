package io.tradingsuite.execution.config;

import io.tradingsuite.core.venue.MarketClock;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The market clock of {@code ts.execution.session.*}, shown under {@code market_clock} in {@code /actuator/info}
 * (mode, open now, the close day orders entered now would expire at), and the scheduler of the expiry sweep.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class MarketClockConfiguration {

    @Bean
    MarketClock marketClock(ExecutionProperties properties) {
        return MarketClock.of(properties.session().mode(), properties.session().holidays());
    }

    @Bean
    InfoContributor marketClockInfo(MarketClock marketClock, Clock clock) {
        return builder -> {
            var now = clock.instant();
            builder.withDetail("market_clock", Map.of(
                    "mode", marketClock.describe(),
                    "open", marketClock.isOpen(now),
                    "day_orders_expire_at", marketClock.sessionCloseFor(now).map(Object::toString).orElse("never")));
        };
    }
}
