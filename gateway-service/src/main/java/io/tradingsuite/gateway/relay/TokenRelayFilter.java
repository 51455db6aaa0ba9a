package io.tradingsuite.gateway.relay;

import io.tradingsuite.common.security.JwtTokens;
import io.tradingsuite.gateway.config.GatewayProperties;
import io.tradingsuite.gateway.security.ApiKeyAuthentication;
import io.tradingsuite.gateway.security.ApiKeyHeaders;
import java.security.Principal;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * For every routed request: removes the API key headers and, when the caller authenticated with an API key, sets
 * {@code Authorization: Bearer <jwt>} with a short-lived token ({@code ts.gateway.relay-token-ttl}) carrying the
 * key's subject, roles and account. Bearer requests keep their (already validated) token.
 */
@Component
public class TokenRelayFilter implements GlobalFilter, Ordered {

    /** Early, well before the routing filters that send the request downstream. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private final JwtTokens tokens;
    private final GatewayProperties properties;

    public TokenRelayFilter(JwtTokens tokens, GatewayProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(principal -> relay(exchange, principal))
                .switchIfEmpty(Mono.fromSupplier(() -> relay(exchange, null)))
                .flatMap(chain::filter);
    }

    private ServerWebExchange relay(ServerWebExchange exchange, Principal principal) {
        String relayToken = principal instanceof ApiKeyAuthentication key
                ? tokens.mint(key.getName(), key.roles(), key.account(), properties.relayTokenTtl())
                : null;
        return exchange.mutate().request(request -> request.headers(headers -> {
            headers.remove(ApiKeyHeaders.KEY_ID);
            headers.remove(ApiKeyHeaders.SECRET_KEY);
            if (relayToken != null) {
                headers.setBearerAuth(relayToken);
            }
        })).build();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
