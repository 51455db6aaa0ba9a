package io.tradingsuite.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Bot service: bot lifecycle, strategies on live bars, signals and order requests. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BotApplication {

    public static void main(String[] args) {
        SpringApplication.run(BotApplication.class, args);
    }
}
