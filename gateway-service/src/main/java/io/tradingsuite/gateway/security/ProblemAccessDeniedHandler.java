package io.tradingsuite.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.error.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 {@code AUTH_FORBIDDEN} as problem+json; counts {@code ts.gateway.auth.rejections{status=403}}. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;
    private final MeterRegistry meters;

    ProblemAccessDeniedHandler(ProblemResponses problems, MeterRegistry meters) {
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        meters.counter("ts.gateway.auth.rejections", "status", "403").increment();
        return problems.write(exchange, HttpStatus.FORBIDDEN, ErrorCode.AUTH_FORBIDDEN,
                "Your role does not allow " + exchange.getRequest().getMethod().name() + " on this resource");
    }
}
