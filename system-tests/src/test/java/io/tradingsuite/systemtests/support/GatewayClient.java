package io.tradingsuite.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the gateway's public API: JSON in and out, Alpaca-style API key headers
 * ({@code APCA-API-KEY-ID}, {@code APCA-API-SECRET-KEY}) or none at all.
 */
public final class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A client for the gateway at {@code base}. */
    public GatewayClient(URI base) {
        this.base = base;
    }

    /** {@code GET path} as {@code key} ({@code null}: no credentials). */
    public ApiResponse get(String path, ApiKey key) {
        return send(request(path, key).GET());
    }

    /** {@code POST path} with a JSON body (a Map or record serialised by Jackson, or a raw JSON string). */
    public ApiResponse post(String path, ApiKey key, Object body) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path, key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** {@code PUT path} with a JSON body, like {@link #post}. */
    public ApiResponse put(String path, ApiKey key, Object body) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path, key)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** {@code DELETE path} as {@code key}. */
    public ApiResponse delete(String path, ApiKey key) {
        return send(request(path, key).DELETE());
    }

    /** The JSON array at {@code path} as a list (an empty list for a missing node). */
    public static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> result = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.values().forEach(result::add);
        }
        return result;
    }

    /** Convenience for building request bodies in order. */
    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private HttpRequest.Builder request(String path, ApiKey key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (key != null) {
            builder.header("APCA-API-KEY-ID", key.id()).header("APCA-API-SECRET-KEY", key.secret());
        }
        return builder;
    }

    private ApiResponse send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            if (!response.body().isBlank() && contentType.contains("json")) {
                json = JSON.readTree(response.body());
            }
            return new ApiResponse(request.method() + " " + request.uri().getPath(), response.statusCode(),
                    contentType, response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    /**
     * One response.
     *
     * @param request     method and path, for assertion messages
     * @param status      HTTP status
     * @param contentType the Content-Type header ({@code ""} when absent)
     * @param body        the raw body
     * @param json        the parsed body, or null when it is not JSON
     */
    public record ApiResponse(String request, int status, String contentType, String body, JsonNode json) {

        /** The parsed JSON body; fails with the raw body when there is none. */
        public JsonNode requireJson() {
            if (json == null) {
                throw new AssertionError(request + " -> " + status + " returned no JSON (" + contentType + "): " + body);
            }
            return json;
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType + " " + body;
        }
    }
}
