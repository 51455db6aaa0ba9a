package io.tradingsuite.gateway.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.gateway.security.ProblemResponses;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Renders errors that reach the gateway's web layer (no route, unsupported method, downstream service down or
 * timing out, anything unexpected) as problem+json in the suite's error shape, never with a stack trace.
 * Runs before Boot's default error handler (order -1).
 */
@Component
@Order(-2)
public class ProblemWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ProblemResponses problems;

    public ProblemWebExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (failure instanceof ResponseStatusException statusFailure) {
            HttpStatusCode status = statusFailure.getStatusCode();
            if (status.is5xxServerError()) {
                log.warn("{} {} failed with {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                        status.value(), statusFailure.getReason());
            }
            return problems.write(exchange, status, codeFor(status), detailFor(status));
        }
        if (causedByUnreachableService(failure)) {
            log.warn("{} {}: downstream service unreachable ({})", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure.getClass().getSimpleName());
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.INTERNAL,
                    "The service behind this route is unavailable; try again later");
        }
        log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL, "Internal error");
    }

    static ErrorCode codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ErrorCode.VALIDATION_PARAMETER;
            case 401 -> ErrorCode.AUTH_UNAUTHENTICATED;
            case 403 -> ErrorCode.AUTH_FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 409 -> ErrorCode.CONFLICT;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status.is4xxClientError() ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL;
        };
    }

    private static String detailFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed on this resource";
            case 504 -> "The service behind this route did not answer in time";
            case 503 -> "The service behind this route is unavailable; try again later";
            default -> status instanceof HttpStatus known ? known.getReasonPhrase() : "HTTP " + status.value();
        };
    }

    private static boolean causedByUnreachableService(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
