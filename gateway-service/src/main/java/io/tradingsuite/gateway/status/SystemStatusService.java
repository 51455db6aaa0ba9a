package io.tradingsuite.gateway.status;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every configured service's {@code /actuator/health} in parallel, each bounded by
 * {@link SystemStatusProperties#timeout()}, and remembers the last error per service.
 */
@Service
public class SystemStatusService {

    private record SeenError(String message, Instant at) {
    }

    private final SystemStatusProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final WebClient http;
    private final Map<String, SeenError> lastErrors = new ConcurrentHashMap<>();

    public SystemStatusService(SystemStatusProperties properties, Clock clock, JsonMapper json) {
        this.properties = properties;
        this.clock = clock;
        this.json = json;
        this.http = WebClient.builder().build();
    }

    /** Checks every service now. */
    public Mono<SystemStatus> check() {
        Instant started = clock.instant();
        return Flux.fromIterable(properties.services().entrySet())
                .flatMapSequential(service -> check(service.getKey(), service.getValue()))
                .collectList()
                .map(services -> new SystemStatus(
                        HealthStatus.overall(services.stream().map(ServiceHealth::status).toList()),
                        started, services));
    }

    private Mono<ServiceHealth> check(String name, URI baseUrl) {
        long startNanos = System.nanoTime();
        URI health = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/actuator/health");
        return http.get().uri(health)
                .exchangeToMono(response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(body -> interpret(response.statusCode(), body)))
                .timeout(properties.timeout())
                .onErrorResume(e -> Mono.just(new Outcome(HealthStatus.DOWN, describe(e))))
                .map(outcome -> record(name, outcome, Duration.ofNanos(System.nanoTime() - startNanos)));
    }

    private record Outcome(HealthStatus status, String error) {
    }

    private Outcome interpret(HttpStatusCode code, String body) {
        HealthStatus status = HealthStatus.UNKNOWN;
        try {
            JsonNode node = json.readTree(body);
            status = HealthStatus.ofActuator(node.path("status").asString(null));
        } catch (JacksonException e) {
            // Not actuator JSON: decided by the HTTP status below.
        }
        if (status == HealthStatus.UP && code.is2xxSuccessful()) {
            return new Outcome(HealthStatus.UP, null);
        }
        if (status == HealthStatus.UNKNOWN) {
            status = HealthStatus.DOWN;
        }
        return new Outcome(status, "health answered HTTP " + code.value() + " with status " + status);
    }

    private String describe(Throwable e) {
        if (e instanceof TimeoutException) {
            return "no answer within " + properties.timeout().toMillis() + " ms";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "unreachable: " + message;
    }

    private ServiceHealth record(String name, Outcome outcome, Duration latency) {
        if (outcome.error() != null) {
            lastErrors.put(name, new SeenError(outcome.error(), clock.instant()));
        }
        SeenError last = lastErrors.get(name);
        return new ServiceHealth(name, outcome.status(), latency.toMillis(), outcome.error(),
                last == null ? null : last.message(), last == null ? null : last.at());
    }
}
