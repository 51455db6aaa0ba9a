package io.tradingsuite.common.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.PropertyNamingStrategies;

/**
 * REST conventions of every servlet service: Alpaca-style snake_case JSON (enums and decimals are already
 * lower-case words and strings through the value types) and the shared {@link ProblemDetailsAdvice}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JsonMapperBuilderCustomizer.class)
@Import(ProblemDetailsAdvice.class)
public class WebAutoConfiguration {

    @Bean
    public org.springframework.boot.web.servlet.FilterRegistrationBean<io.tradingsuite.common.observability.CorrelationIdFilter> correlationIdFilter() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new io.tradingsuite.common.observability.CorrelationIdFilter());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public JsonMapperBuilderCustomizer snakeCaseRestJson() {
        return builder -> builder.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }
}
