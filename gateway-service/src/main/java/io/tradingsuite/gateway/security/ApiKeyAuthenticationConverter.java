package io.tradingsuite.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads {@code APCA-API-KEY-ID} / {@code APCA-API-SECRET-KEY}. No key id header: empty (another method may
 * apply). A key id without a secret, or API key headers together with an {@code Authorization} header, is a bad
 * credential (401) rather than a silent fallback.
 */
final class ApiKeyAuthenticationConverter implements ServerAuthenticationConverter {

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String keyId = headers.getFirst(ApiKeyHeaders.KEY_ID);
        String secret = headers.getFirst(ApiKeyHeaders.SECRET_KEY);
        if (keyId == null && secret == null) {
            return Mono.empty();
        }
        if (keyId == null || keyId.isBlank() || secret == null || secret.isBlank()) {
            return Mono.error(new BadCredentialsException(
                    "Both " + ApiKeyHeaders.KEY_ID + " and " + ApiKeyHeaders.SECRET_KEY + " are required"));
        }
        if (headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
            return Mono.error(new BadCredentialsException(
                    "Send either API key headers or an Authorization header, not both"));
        }
        return Mono.just(new ApiKeyAuthenticationRequest(keyId.strip(), secret));
    }
}
