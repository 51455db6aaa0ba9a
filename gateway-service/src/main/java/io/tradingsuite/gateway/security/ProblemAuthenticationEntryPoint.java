package io.tradingsuite.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.error.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 {@code AUTH_UNAUTHENTICATED} as problem+json for missing or invalid credentials of either kind, with a
 * {@code WWW-Authenticate: Bearer} challenge. Counts {@code ts.gateway.auth.rejections{status=401}}.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;
    private final MeterRegistry meters;

    ProblemAuthenticationEntryPoint(ProblemResponses problems, MeterRegistry meters) {
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        meters.counter("ts.gateway.auth.rejections", "status", "401").increment();
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, ErrorCode.AUTH_UNAUTHENTICATED, detail(exchange, failure));
    }

    private static String detail(ServerWebExchange exchange, AuthenticationException failure) {
        if (failure instanceof InvalidBearerTokenException) {
            return "The bearer token is invalid or expired";
        }
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (headers.getFirst(ApiKeyHeaders.KEY_ID) != null || headers.getFirst(ApiKeyHeaders.SECRET_KEY) != null) {
            return "Invalid API key credentials";
        }
        if (headers.getFirst(HttpHeaders.AUTHORIZATION) != null) {
            return "The Authorization header is not a valid bearer token";
        }
        return "Authentication required: send " + ApiKeyHeaders.KEY_ID + " and " + ApiKeyHeaders.SECRET_KEY
                + " headers or an Authorization: Bearer token";
    }
}
