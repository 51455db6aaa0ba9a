package io.tradingsuite.common.observability;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Default logging and tracing of every service: the trace id and the correlation id in every line, and every trace
 * sampled (there is no span exporter by default, so sampling only sets the W3C {@code traceparent} flag; lower
 * {@code management.tracing.sampling.probability} when adding one). With tracing on, the Prometheus endpoint attaches
 * trace exemplars; they stay on counters and histogram buckets only ({@value #EXEMPLARS_ON_ALL_TYPES} = false):
 * Prometheus before 2.43 (Debian 12 ships 2.42) drops the whole scrape when a summary's {@code _count} carries one.
 * Added with the lowest precedence, so a service or an operator can still override it.
 */
public class LoggingDefaults implements EnvironmentPostProcessor {

    static final String PROPERTY = "logging.pattern.correlation";
    static final String PATTERN = "[%X{traceId:-},%X{" + CorrelationIds.MDC_KEY + ":-}] ";
    static final String EXEMPLARS_ON_ALL_TYPES =
            "management.prometheus.metrics.export.properties.io.prometheus.exporter.exemplarsOnAllMetricTypes";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("tradingSuiteLoggingDefaults",
                Map.of(PROPERTY, PATTERN, "logging.include-application-name", "true",
                        "management.tracing.sampling.probability", "1.0",
                        EXEMPLARS_ON_ALL_TYPES, "false")));
    }
}
