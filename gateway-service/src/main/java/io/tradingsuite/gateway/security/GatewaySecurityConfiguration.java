package io.tradingsuite.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.security.Roles;
import io.tradingsuite.gateway.apikey.ApiKeyRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's security chain (stateless, no sessions, no CSRF: an API for programs):
 * <ul>
 *   <li>open: {@code /actuator/health/**}, {@code /actuator/info}, {@code /actuator/prometheus};</li>
 *   <li>API key headers, verified against {@link ApiKeyRegistry}, or an HS256 bearer JWT;</li>
 *   <li>{@code POST /api/auth/token} for API-key callers only;</li>
 *   <li>writes (anything but GET/HEAD) on {@code /api/orders/**} and {@code /api/bots/**} need TRADER,
 *       RISK_ADMIN or ADMIN, so a VIEWER gets 403 here already (services check again);</li>
 *   <li>everything else: authenticated. 401/403 are problem+json.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GatewaySecurityConfiguration.class);

    /** Paths whose writes a VIEWER may not perform. */
    static final String[] WRITE_GUARDED_PATHS = {"/api/orders", "/api/orders/**", "/api/bots", "/api/bots/**"};
    static final String[] WRITE_ROLES = {Roles.TRADER, Roles.RISK_ADMIN, Roles.ADMIN};

    @Bean
    Secrets secrets() {
        return new Secrets();
    }

    @Bean
    ApiKeyRegistry apiKeyRegistry(Secrets secrets) {
        ApiKeyRegistry registry = ApiKeyRegistry.fromSecrets(secrets);
        log.info("Loaded {} API key(s) from {}", registry.size(), ApiKeyRegistry.SECRET_NAME);
        return registry;
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ApiKeyRegistry apiKeys,
            ReactiveJwtDecoder jwtDecoder, ProblemResponses problems, MeterRegistry meters) {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems, meters);
        var accessDenied = new ProblemAccessDeniedHandler(problems, meters);

        var apiKeyFilter = new AuthenticationWebFilter(new ApiKeyAuthenticationManager(apiKeys, meters));
        apiKeyFilter.setServerAuthenticationConverter(new ApiKeyAuthenticationConverter());
        apiKeyFilter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));

        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(apiKeyFilter, SecurityWebFiltersOrder.AUTHENTICATION)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/auth/token").access(apiKeyCallersOnly())
                        .pathMatchers(HttpMethod.GET, WRITE_GUARDED_PATHS).authenticated()
                        .pathMatchers(HttpMethod.HEAD, WRITE_GUARDED_PATHS).authenticated()
                        .pathMatchers(WRITE_GUARDED_PATHS).hasAnyRole(WRITE_ROLES)
                        .anyExchange().authenticated())
                .build();
    }

    /** JWT {@code roles} claim → {@code ROLE_x} authorities; the principal name is {@code sub}. */
    static ReactiveJwtAuthenticationConverterAdapter jwtAuthenticationConverter() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Roles.CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /** Authenticated with an API key (not a bearer token): a token cannot be used to extend itself. */
    private static ReactiveAuthorizationManager<AuthorizationContext> apiKeyCallersOnly() {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(a -> (AuthorizationResult) new AuthorizationDecision(a instanceof ApiKeyAuthentication))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
