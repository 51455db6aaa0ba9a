package io.tradingsuite.common.security;

import io.tradingsuite.common.credentials.Secret;
import io.tradingsuite.common.credentials.Secrets;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every servlet service is a JWT resource server (defence in depth behind the gateway): HS256 tokens signed with
 * {@code TS_JWT_SECRET}, issuer {@value Roles#ISSUER}, roles from the {@code roles} claim. Only health, info and
 * the Prometheus scrape are open. Method security is on, for {@code @PreAuthorize} on write endpoints.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({HttpSecurity.class, JwtDecoder.class})
@EnableMethodSecurity
public class ServletSecurityAutoConfiguration {

    /** Minimum length of the HMAC secret: 32 bytes for HS256. */
    public static final int MIN_SECRET_LENGTH = 32;
    public static final String JWT_SECRET = "TS_JWT_SECRET";

    @Bean
    @ConditionalOnMissingBean(name = "jwtSigningSecret")
    public Secret jwtSigningSecret() {
        return new Secrets().require(JWT_SECRET, MIN_SECRET_LENGTH);
    }

    @Bean
    @ConditionalOnMissingBean
    public JwtDecoder jwtDecoder(Secret jwtSigningSecret) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(JwtTokens.key(jwtSigningSecret))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(Roles.ISSUER)));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean
    public JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Roles.CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain tradingSuiteSecurity(HttpSecurity http, JwtAuthenticationConverter converter) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
