package io.tradingsuite.common.config;

import io.micrometer.core.instrument.config.MeterFilter;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Small shared defaults: a UTC {@link Clock} (tests replace it), the {@code service} tag on every meter, and the
 * shared {@code db/common} migrations (outbox, inbox) added to every service's Flyway locations.
 */
@AutoConfiguration
public class CommonAutoConfiguration {

    /** Flyway location of the migrations every service shares. */
    public static final String COMMON_MIGRATIONS = "classpath:db/common";

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnClass(MeterFilter.class)
    public MeterFilter serviceTag(Environment environment) {
        return MeterFilter.commonTags(java.util.List.of(io.micrometer.core.instrument.Tag.of("service",
                environment.getProperty("spring.application.name", "unknown"))));
    }

    /** Adds the shared migrations to Flyway's locations. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({FlywayConfigurationCustomizer.class, Location.class})
    static class SharedMigrations {

        @Bean
        FlywayConfigurationCustomizer sharedMigrationsCustomizer() {
            return configuration -> {
                Location[] existing = configuration.getLocations();
                boolean present = Arrays.stream(existing).anyMatch(l -> l.getDescriptor().equals(COMMON_MIGRATIONS)
                        || l.toString().equals(COMMON_MIGRATIONS));
                if (!present) {
                    configuration.locations(Stream.concat(Arrays.stream(existing), Stream.of(new Location(COMMON_MIGRATIONS)))
                            .toArray(Location[]::new));
                }
            };
        }
    }
}
