package io.tradingsuite.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.gateway.support.StubBackend;
import io.tradingsuite.gateway.support.TestApiKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of a stub execution/bot backend: every scenario of the authentication contract, checked on
 * the HTTP response and on what the backend received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class GatewayAuthenticatesAndRelaysTokensTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private static final StubBackend BACKEND = StubBackend.instance();

    /** The same HS256 secret the services validate with; Surefire sets it for every test JVM. */
    private static final NimbusJwtDecoder SERVICE_SIDE_DECODER = NimbusJwtDecoder
            .withSecretKey(new SecretKeySpec(System.getenv("TS_JWT_SECRET").getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
            .macAlgorithm(MacAlgorithm.HS256)
            .build();

    @DynamicPropertySource
    static void routeToStubBackend(DynamicPropertyRegistry registry) {
        registry.add("TS_EXECUTION_URL", BACKEND::baseUrl);
        registry.add("TS_BOT_URL", BACKEND::baseUrl);
        // A port that was free a moment ago and has nobody listening: stands in for a service that is down.
        registry.add("TS_PORTFOLIO_URL", () -> "http://127.0.0.1:" + StubBackend.unusedPort());
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void clearBackend() {
        BACKEND.reset();
    }

    @Test
    void requestWithoutCredentialsIsRejectedWithProblemJson() {
        client.get().uri("/api/orders").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED")
                .jsonPath("$.trace").doesNotExist();
        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void wrongSecretIsRejectedWithoutRevealingAnything() {
        byte[] body = client.get().uri("/api/orders")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", "not-the-secret")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED")
                .returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("not-the-secret");
        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void unknownKeyIdIsRejected() {
        client.get().uri("/api/orders")
                .header("APCA-API-KEY-ID", "nobody")
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED");
    }

    @Test
    void validApiKeyIsRoutedWithARelayedBearerTokenAndWithoutTheKeyHeaders() {
        client.get().uri("/api/orders/42")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(true);

        assertThat(BACKEND.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/orders/42");
            assertThat(request.header("APCA-API-KEY-ID")).isNull();
            assertThat(request.header("APCA-API-SECRET-KEY")).isNull();
            String authorization = request.header(HttpHeaders.AUTHORIZATION);
            assertThat(authorization).startsWith("Bearer ");
            Jwt jwt = SERVICE_SIDE_DECODER.decode(authorization.substring("Bearer ".length()));
            assertThat(jwt.getSubject()).isEqualTo(TestApiKeys.TRADER_KEY_ID);
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("TRADER");
            assertThat(jwt.getClaimAsString("account")).isEqualTo(TestApiKeys.TRADER_ACCOUNT);
            assertThat(jwt.getExpiresAt()).isNotNull();
        });
    }

    @Test
    void theCallersTraceIsContinuedToTheServiceAndOneIsStartedWhenMissing() {
        String callerTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        client.get().uri("/api/orders/42")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .header("traceparent", "00-" + callerTrace + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk();
        client.get().uri("/api/orders/43")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .exchange()
                .expectStatus().isOk();

        assertThat(BACKEND.received()).hasSize(2);
        String continued = BACKEND.received().get(0).header("traceparent");
        String started = BACKEND.received().get(1).header("traceparent");
        assertThat(continued).matches("00-" + callerTrace + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
        assertThat(started).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]").doesNotContain(callerTrace);
    }

    @Test
    void tokenFromTheTokenEndpointAuthenticatesLaterRequests() {
        Map<String, Object> tokenResponse = client.post().uri("/api/auth/token")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        assertThat(tokenResponse).containsEntry("token_type", "bearer").containsEntry("expires_in", 900);
        String token = (String) tokenResponse.get("access_token");
        Jwt jwt = SERVICE_SIDE_DECODER.decode(token);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("TRADER");
        assertThat(jwt.getClaimAsString("account")).isEqualTo(TestApiKeys.TRADER_ACCOUNT);

        client.post().uri("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"symbol\":\"AAPL\"}")
                .exchange()
                .expectStatus().isOk();

        assertThat(BACKEND.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        });
    }

    @Test
    void invalidBearerTokenIsRejected() {
        client.get().uri("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED");
        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void bearerTokenCannotBeExchangedForANewToken() {
        String token = tokenFor(TestApiKeys.TRADER_KEY_ID, TestApiKeys.TRADER_SECRET);
        client.post().uri("/api/auth/token")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("AUTH_FORBIDDEN");
    }

    @Test
    void viewerCannotPlaceOrdersOrChangeBots() {
        for (String path : List.of("/api/orders", "/api/bots/b-1/start")) {
            client.post().uri(path)
                    .header("APCA-API-KEY-ID", TestApiKeys.VIEWER_KEY_ID)
                    .header("APCA-API-SECRET-KEY", TestApiKeys.VIEWER_SECRET)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(403)
                    .jsonPath("$.code").isEqualTo("AUTH_FORBIDDEN");
        }
        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void viewerCanReadOrders() {
        client.get().uri("/api/orders")
                .header("APCA-API-KEY-ID", TestApiKeys.VIEWER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.VIEWER_SECRET)
                .exchange()
                .expectStatus().isOk();
        assertThat(BACKEND.received()).singleElement().satisfies(request -> {
            Jwt jwt = SERVICE_SIDE_DECODER.decode(request.header(HttpHeaders.AUTHORIZATION).substring(7));
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("VIEWER");
            assertThat(jwt.getClaimAsString("account")).isEqualTo(TestApiKeys.VIEWER_ACCOUNT);
        });
    }

    @Test
    void healthProbesAndPrometheusAreOpen() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("service=\"gateway-service\""));
    }

    @Test
    void otherActuatorEndpointsAreNeitherOpenNorExposed() {
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/env")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void apiKeyHeadersTogetherWithABearerTokenAreRejected() {
        String token = tokenFor(TestApiKeys.VIEWER_KEY_ID, TestApiKeys.VIEWER_SECRET);
        client.get().uri("/api/orders")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED");
        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void unknownRouteIsAProblemNotFound() {
        client.get().uri("/api/nowhere")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void unreachableServiceIsAProblemServiceUnavailableWithoutDetailsOfTheFailure() {
        byte[] body = client.get().uri("/api/portfolio/positions")
                .header("APCA-API-KEY-ID", TestApiKeys.TRADER_KEY_ID)
                .header("APCA-API-SECRET-KEY", TestApiKeys.TRADER_SECRET)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("INTERNAL")
                .jsonPath("$.status").isEqualTo(503)
                .returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("127.0.0.1").doesNotContain("Exception");
    }

    private String tokenFor(String keyId, String secret) {
        Map<String, Object> response = client.post().uri("/api/auth/token")
                .header("APCA-API-KEY-ID", keyId)
                .header("APCA-API-SECRET-KEY", secret)
                .exchange()
                .expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return (String) response.get("access_token");
    }
}
