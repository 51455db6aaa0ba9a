package io.tradingsuite.gateway.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tradingsuite.gateway.support.StubBackend;
import io.tradingsuite.gateway.support.TestApiKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/system/status} in front of stub services: one UP, one reporting DOWN (503), one unreachable,
 * one that never answers within the timeout and one that recovers. The answer names each service's status and
 * error, remembers the last error after recovery, and reports the suite DEGRADED; callers must be authenticated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class SystemStatusAggregatesEveryServiceHealthTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UP = "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}";
    private static final String DOWN = "{\"status\":\"DOWN\"}";

    private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);
    private static final AtomicReference<String> RECOVERING_BODY = new AtomicReference<>(DOWN);
    private static final HttpServer SERVICES = startServices();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + SERVICES.getAddress().getPort();
        registry.add("ts.gateway.status.timeout", () -> "PT0.5S");
        registry.add("ts.gateway.status.services.market-data-service", () -> base + "/up");
        registry.add("ts.gateway.status.services.bot-service", () -> base + "/down");
        registry.add("ts.gateway.status.services.risk-service", () -> "http://127.0.0.1:" + StubBackend.unusedPort());
        registry.add("ts.gateway.status.services.execution-service", () -> base + "/slow");
        registry.add("ts.gateway.status.services.portfolio-service", () -> base + "/recovering/");
    }

    @AfterAll
    static void stopServices() {
        RELEASE_SLOW.countDown();
        SERVICES.stop(0);
    }

    @Autowired
    WebTestClient client;

    @Test
    void unauthenticatedCallerGets401ProblemJson() {
        client.get().uri("/api/system/status").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED");
    }

    @Test
    void viewerSeesEachServiceStatusItsErrorAndTheLastErrorAfterRecovery() {
        RECOVERING_BODY.set(DOWN);
        JsonNode first = status();

        assertThat(first.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(first.path("checked_at").asString()).isNotBlank();
        Map<String, JsonNode> services = byName(first);
        assertThat(services.keySet()).containsExactly("market-data-service", "bot-service", "risk-service",
                "execution-service", "portfolio-service");

        assertThat(services.get("market-data-service").path("status").asString()).isEqualTo("UP");
        assertThat(services.get("market-data-service").has("error")).isFalse();

        assertThat(services.get("bot-service").path("status").asString()).isEqualTo("DOWN");
        assertThat(services.get("bot-service").path("error").asString()).contains("HTTP 503");

        assertThat(services.get("risk-service").path("status").asString()).isEqualTo("DOWN");
        assertThat(services.get("risk-service").path("error").asString()).startsWith("unreachable");

        assertThat(services.get("execution-service").path("status").asString()).isEqualTo("DOWN");
        assertThat(services.get("execution-service").path("error").asString()).isEqualTo("no answer within 500 ms");
        assertThat(services.get("execution-service").path("latency_ms").asLong()).isLessThan(5_000);

        assertThat(services.get("portfolio-service").path("status").asString()).isEqualTo("DOWN");

        RECOVERING_BODY.set(UP);
        JsonNode portfolio = byName(status()).get("portfolio-service");
        assertThat(portfolio.path("status").asString()).isEqualTo("UP");
        assertThat(portfolio.has("error")).isFalse();
        assertThat(portfolio.path("last_error").asString()).contains("HTTP 503");
        assertThat(portfolio.path("last_error_at").asString()).isNotBlank();
    }

    @Test
    void overallStatusIsUpOnlyWhenEveryServiceIsUpAndDownWhenNoneIs() {
        assertThat(HealthStatus.overall(List.of(HealthStatus.UP, HealthStatus.UP))).isEqualTo(HealthStatus.UP);
        assertThat(HealthStatus.overall(List.of(HealthStatus.UP, HealthStatus.OUT_OF_SERVICE)))
                .isEqualTo(HealthStatus.DEGRADED);
        assertThat(HealthStatus.overall(List.of(HealthStatus.DOWN, HealthStatus.UNKNOWN))).isEqualTo(HealthStatus.DOWN);
    }

    private JsonNode status() {
        byte[] body = client.get().uri("/api/system/status")
                .header("APCA-API-KEY-ID", TestApiKeys.VIEWER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.VIEWER_SECRET)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();
        return JSON.readTree(new String(body, StandardCharsets.UTF_8));
    }

    private static Map<String, JsonNode> byName(JsonNode status) {
        Map<String, JsonNode> services = new java.util.LinkedHashMap<>();
        status.path("services").values().forEach(s -> services.put(s.path("name").asString(), s));
        return services;
    }

    private static HttpServer startServices() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/up/actuator/health", exchange -> respond(exchange, 200, UP));
            server.createContext("/down/actuator/health", exchange -> respond(exchange, 503, DOWN));
            server.createContext("/recovering/actuator/health", exchange -> {
                String body = RECOVERING_BODY.get();
                respond(exchange, body.equals(UP) ? 200 : 503, body);
            });
            server.createContext("/slow/actuator/health", exchange -> {
                try {
                    RELEASE_SLOW.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 200, UP);
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
