package io.tradingsuite.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.gateway.apikey.ApiKeyRegistry;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * Verifies an {@link ApiKeyAuthenticationRequest} against the {@link ApiKeyRegistry}. Counts outcomes in
 * {@code ts.gateway.api-key.authentications} (tag {@code outcome}); never logs key ids or secrets.
 */
final class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

    static final String INVALID_API_KEY = "Invalid API key";

    private final ApiKeyRegistry registry;
    private final Counter successes;
    private final Counter failures;

    ApiKeyAuthenticationManager(ApiKeyRegistry registry, MeterRegistry meters) {
        this.registry = registry;
        this.successes = meters.counter("ts.gateway.api-key.authentications", "outcome", "success");
        this.failures = meters.counter("ts.gateway.api-key.authentications", "outcome", "failure");
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof ApiKeyAuthenticationRequest request)) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> {
            var key = registry.verify(request.getPrincipal(), request.getCredentials());
            request.eraseCredentials();
            if (key.isEmpty()) {
                failures.increment();
                throw new BadCredentialsException(INVALID_API_KEY);
            }
            successes.increment();
            return (Authentication) new ApiKeyAuthentication(key.get());
        });
    }
}
