package io.tradingsuite.gateway.security;

import io.tradingsuite.common.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 {@code application/problem+json} bodies in the suite's error shape ({@code type}, {@code title},
 * {@code status}, {@code detail}, {@code code}, {@code instance}). The detail is a fixed, safe sentence: never an
 * exception message from below, a stack trace or a credential.
 */
public final class ProblemResponses {

    /** Base of the {@code type} URI; the code's lower-case, dash-separated name is appended. */
    public static final String TYPE_BASE = "https://tradingsuite.io/problems/";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** Writes the problem unless the response is already committed (then it can only be completed). */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, ErrorCode code, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return response.setComplete();
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + code.name().toLowerCase().replace('_', '-'));
        problem.put("title", code.title());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("code", code.name());
        problem.put("instance", exchange.getRequest().getPath().value());
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
