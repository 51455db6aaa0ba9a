package io.tradingsuite.execution.venue;

import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.core.venue.PaperVenue;
import io.tradingsuite.core.venue.TickSizes;
import io.tradingsuite.execution.config.ExecutionProperties;
import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paper venue with the configured slippage and acknowledgement latency and the asset master's tick sizes (0.0001
 * below $1).
 */
@Configuration(proxyBeanMethods = false)
public class PaperVenueConfiguration {

    @Bean
    PaperVenue paperVenue(ExecutionProperties properties, AssetLookup assets) {
        TickSizes ticks = (symbol, price) -> price.compareTo(BigDecimal.ONE) < 0
                ? TickSizes.SUB_DOLLAR_TICK
                : assets.find(symbol).map(Asset::tickSize).map(p -> p.value()).orElse(TickSizes.ONE_CENT);
        return new PaperVenue(properties.paper().slippageBps(), ticks, properties.paper().ackLatency());
    }
}
