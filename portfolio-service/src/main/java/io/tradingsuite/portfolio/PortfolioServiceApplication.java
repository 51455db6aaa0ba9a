package io.tradingsuite.portfolio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Portfolio service: the ledger of positions, cash and P&amp;L. Applies fills exactly once, marks positions to the
 * latest quotes and publishes account snapshots for risk.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PortfolioServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortfolioServiceApplication.class, args);
    }
}
