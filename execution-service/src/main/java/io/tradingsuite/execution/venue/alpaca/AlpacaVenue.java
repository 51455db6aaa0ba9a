package io.tradingsuite.execution.venue.alpaca;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.execution.config.AlpacaProperties;
import io.tradingsuite.execution.venue.Venue;
import io.tradingsuite.execution.venue.VenueException;
import io.tradingsuite.execution.venue.VenueListener;
import io.tradingsuite.execution.venue.VenueOrder;
import io.tradingsuite.execution.venue.VenueOutcome;
import io.tradingsuite.execution.venue.VenuePosition;
import io.tradingsuite.execution.venue.VenueReplace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The Alpaca Trading API v2 as a {@link Venue}, over Spring's {@link RestClient}.
 *
 * <ul>
 *   <li>Every order carries our client order id ({@code client_order_id}), so Alpaca itself refuses a second order
 *       with it; a retry can therefore never double an order.</li>
 *   <li>429 and 5xx are retried with bounded exponential backoff ({@code ts.execution.alpaca.retry.*}; a 429's
 *       {@code Retry-After} is honoured up to the longest backoff). A 429 means the request was not processed; after a
 *       5xx, a timeout or a connection error on {@code POST}/{@code PATCH} the outcome is unknown, so the order is
 *       first looked up by client order id ({@code GET /v2/orders:by_client_order_id}) and only sent again when
 *       Alpaca does not have it.</li>
 *   <li>403 and 422 on submit are the venue refusing the order ({@link VenueOutcome.Rejected} with Alpaca's code and
 *       message); 422 "client_order_id must be unique" answers the order that already exists.</li>
 *   <li>Fills are not in the REST answers: {@link AlpacaTradeStream} delivers them to the {@link VenueListener}s.</li>
 * </ul>
 * The API keys are default headers of the client; they are never logged and never part of an exception message.
 */
public class AlpacaVenue implements Venue {

    /** The venue name carried on fills. */
    public static final String NAME = "alpaca";
    private static final Logger log = LoggerFactory.getLogger(AlpacaVenue.class);

    private final RestClient rest;
    private final AlpacaJson json;
    private final AlpacaProperties.Retry retry;
    private final Sleeper sleeper;
    private final List<VenueListener> listeners = new CopyOnWriteArrayList<>();

    /** Waits between attempts; tests pass one that records instead of waiting. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    public AlpacaVenue(RestClient rest, AlpacaJson json, AlpacaProperties.Retry retry, Sleeper sleeper) {
        this.rest = rest;
        this.json = json;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public VenueOutcome submit(OrderTicket ticket) {
        ClientOrderId id = ticket.clientOrderId();
        String body = json.orderRequest(ticket);
        Response response = callResolvingUnknown("submit " + id, () -> call(HttpMethod.POST, "/v2/orders", body),
                () -> lookup(id));
        if (response.resolved() != null) {
            log.info("order {} was already at Alpaca ({}); not sent again", id, response.resolved().venueOrderId());
            return new VenueOutcome.Accepted(response.resolved());
        }
        int status = response.status();
        if (status == 200 || status == 201) {
            VenueOrder order = json.order(json.parse(response.body()));
            log.info("order {} accepted by Alpaca as {} ({})", id, order.venueOrderId(), order.status().wire());
            return new VenueOutcome.Accepted(order);
        }
        JsonNode error = safeParse(response.body());
        String message = AlpacaJson.text(error, "message");
        if (status == 422 && message != null && message.contains("client_order_id must be unique")) {
            return lookup(id).<VenueOutcome>map(VenueOutcome.Accepted::new).orElseThrow(() ->
                    new VenueException.Unavailable("Alpaca reports client_order_id " + id + " as used but cannot find it", null));
        }
        if (status == 400 || status == 403 || status == 422) {
            String detail = errorDetail(error, status);
            log.info("order {} rejected by Alpaca: {}", id, detail);
            return new VenueOutcome.Rejected("VENUE_REJECTED", detail);
        }
        throw unexpected("submit " + id, response);
    }

    /**
     * {@code POST /v2/orders} with {@code "order_class": "oco"} ({@link AlpacaJson#ocoRequest}): Alpaca answers the
     * take-profit order with the stop-loss in its {@code legs}. An unknown outcome, or a 422 for a client order id
     * already used, is resolved by looking the take-profit up and reading its legs
     * ({@code GET /v2/orders/{id}?nested=true}); refusals are {@link VenueOutcome.Rejected} as for {@link #submit}.
     */
    @Override
    public VenueOutcome submitOco(OrderTicket takeProfit, OrderTicket stopLoss) {
        ClientOrderId id = takeProfit.clientOrderId();
        String body = json.ocoRequest(takeProfit, stopLoss);
        Response response = callResolvingUnknown("submit oco " + id, () -> call(HttpMethod.POST, "/v2/orders", body),
                () -> lookup(id));
        if (response.resolved() != null) {
            log.info("oco order {} was already at Alpaca ({}); not sent again", id, response.resolved().venueOrderId());
            return nested(response.resolved());
        }
        int status = response.status();
        if (status == 200 || status == 201) {
            JsonNode answer = json.parse(response.body());
            VenueOrder order = json.order(answer);
            List<VenueOrder> legs = json.legs(answer);
            log.info("oco order {} accepted by Alpaca as {} with legs {}", id, order.venueOrderId(),
                    legs.stream().map(VenueOrder::venueOrderId).toList());
            return legs.isEmpty() ? nested(order) : new VenueOutcome.Accepted(order, legs);
        }
        JsonNode error = safeParse(response.body());
        String message = AlpacaJson.text(error, "message");
        if (status == 422 && message != null && message.contains("client_order_id must be unique")) {
            return nested(lookup(id).orElseThrow(() -> new VenueException.Unavailable(
                    "Alpaca reports client_order_id " + id + " as used but cannot find it", null)));
        }
        if (status == 400 || status == 403 || status == 422) {
            String detail = errorDetail(error, status);
            log.info("oco order {} rejected by Alpaca: {}", id, detail);
            return new VenueOutcome.Rejected("VENUE_REJECTED", detail);
        }
        throw unexpected("submit oco " + id, response);
    }

    /** An order with its legs, {@code GET /v2/orders/{id}?nested=true}. */
    private VenueOutcome.Accepted nested(VenueOrder order) {
        String path = "/v2/orders/" + order.venueOrderId() + "?nested=true";
        Response response = callRetrying("order " + order.venueOrderId(), () -> call(HttpMethod.GET, path, null), true);
        if (response.status() != 200) {
            throw unexpected("order " + order.venueOrderId(), response);
        }
        JsonNode answer = json.parse(response.body());
        return new VenueOutcome.Accepted(json.order(answer), json.legs(answer));
    }

    @Override
    public VenueOrder cancel(ClientOrderId clientOrderId) {
        VenueOrder order = lookup(clientOrderId)
                .orElseThrow(() -> new VenueException.UnknownOrder("Alpaca has no order " + clientOrderId));
        Response response = callRetrying("cancel " + clientOrderId,
                () -> call(HttpMethod.DELETE, "/v2/orders/" + order.venueOrderId(), null), true);
        switch (response.status()) {
            case 200, 204 -> {
                log.info("cancel of order {} ({}) accepted by Alpaca", clientOrderId, order.venueOrderId());
                return lookup(clientOrderId).orElse(order);
            }
            case 404 -> throw new VenueException.UnknownOrder("Alpaca has no order " + order.venueOrderId());
            case 422 -> throw new VenueException.Refused("Alpaca refused to cancel " + clientOrderId + ": "
                    + errorDetail(safeParse(response.body()), 422));
            default -> throw unexpected("cancel " + clientOrderId, response);
        }
    }

    @Override
    public VenueOrder replace(ClientOrderId clientOrderId, VenueReplace changes) {
        VenueOrder order = lookup(clientOrderId)
                .orElseThrow(() -> new VenueException.UnknownOrder("Alpaca has no order " + clientOrderId));
        String body = json.replaceRequest(changes);
        Response response = callResolvingUnknown("replace " + clientOrderId,
                () -> call(HttpMethod.PATCH, "/v2/orders/" + order.venueOrderId(), body),
                () -> lookup(changes.clientOrderId()));
        if (response.resolved() != null) {
            return response.resolved();
        }
        return switch (response.status()) {
            case 200 -> {
                VenueOrder replacement = json.order(json.parse(response.body()));
                log.info("order {} replaced at Alpaca by {} ({})", clientOrderId, changes.clientOrderId(),
                        replacement.venueOrderId());
                yield replacement;
            }
            case 404 -> throw new VenueException.UnknownOrder("Alpaca has no order " + order.venueOrderId());
            case 400, 403, 422 -> throw new VenueException.Refused("Alpaca refused to replace " + clientOrderId + ": "
                    + errorDetail(safeParse(response.body()), response.status()));
            default -> throw unexpected("replace " + clientOrderId, response);
        };
    }

    @Override
    public Optional<VenueOrder> lookup(ClientOrderId clientOrderId) {
        String path = UriComponentsBuilder.fromPath("/v2/orders:by_client_order_id")
                .queryParam("client_order_id", clientOrderId.value()).build().toUriString();
        Response response = callRetrying("lookup " + clientOrderId, () -> call(HttpMethod.GET, path, null), true);
        return switch (response.status()) {
            case 200 -> Optional.of(json.order(json.parse(response.body())));
            case 404 -> Optional.empty();
            default -> throw unexpected("lookup " + clientOrderId, response);
        };
    }

    @Override
    public List<VenueOrder> openOrders() {
        return list("open orders", "/v2/orders?status=open&limit=500&direction=asc", json::order);
    }

    @Override
    public List<VenuePosition> positions() {
        return list("positions", "/v2/positions", json::position);
    }

    /** A GET answering a JSON array, each element read by {@code read}. */
    private <T> List<T> list(String what, String path, java.util.function.Function<JsonNode, T> read) {
        Response response = callRetrying(what, () -> call(HttpMethod.GET, path, null), true);
        if (response.status() != 200) {
            throw unexpected(what, response);
        }
        List<T> items = new ArrayList<>();
        for (JsonNode node : json.parse(response.body())) {
            items.add(read.apply(node));
        }
        return items;
    }

    /** {@code GET /v2/account}: the account's status (e.g. {@code ACTIVE}), or a {@link VenueException}. */
    public String accountStatus() {
        Response response = callRetrying("account", () -> call(HttpMethod.GET, "/v2/account", null), true);
        if (response.status() != 200) {
            throw unexpected("account", response);
        }
        return AlpacaJson.text(json.parse(response.body()), "status");
    }

    @Override
    public void subscribe(VenueListener listener) {
        listeners.add(listener);
    }

    /** The listeners the trade stream delivers to. */
    List<VenueListener> listeners() {
        return listeners;
    }

    /**
     * Calls until the answer is not 429/5xx and no exception, at most {@code maxAttempts} times. A timeout or
     * connection error is retried only when {@code idempotent}.
     */
    private Response callRetrying(String what, Supplier<Response> call, boolean idempotent) {
        for (int attempt = 1; ; attempt++) {
            try {
                Response response = call.get();
                if (!retryable(response.status()) || attempt >= retry.maxAttempts()) {
                    return response;
                }
                log.warn("Alpaca {}: HTTP {} (attempt {} of {}), retrying", what, response.status(), attempt,
                        retry.maxAttempts());
                pause(wait(response, attempt));
            } catch (ResourceAccessException e) {
                if (!idempotent || attempt >= retry.maxAttempts()) {
                    throw new VenueException.Unavailable("Alpaca " + what + " failed: " + e.getMessage(), e);
                }
                log.warn("Alpaca {}: {} (attempt {} of {}), retrying", what, e.getMessage(), attempt, retry.maxAttempts());
                pause(retry.backoff(attempt));
            }
        }
    }

    /**
     * Like {@link #callRetrying} for a call that creates something: after a 5xx, a timeout or a connection error the
     * outcome is unknown, so {@code resolve} (a lookup by client order id) is asked first, and the call repeated
     * only when it finds nothing. 429 is repeated as is (Alpaca did not process the request).
     */
    private Response callResolvingUnknown(String what, Supplier<Response> call, Supplier<Optional<VenueOrder>> resolve) {
        for (int attempt = 1; ; attempt++) {
            boolean unknown;
            Response response = null;
            RuntimeException failure = null;
            try {
                response = call.get();
                if (!retryable(response.status())) {
                    return response;
                }
                unknown = response.status() >= 500;
                log.warn("Alpaca {}: HTTP {} (attempt {} of {})", what, response.status(), attempt, retry.maxAttempts());
            } catch (ResourceAccessException e) {
                unknown = true;
                failure = e;
                log.warn("Alpaca {}: {} (attempt {} of {}): outcome unknown", what, e.getMessage(), attempt,
                        retry.maxAttempts());
            }
            if (unknown) {
                Optional<VenueOrder> found = resolve.get();
                if (found.isPresent()) {
                    return Response.resolved(found.get());
                }
            }
            if (attempt >= retry.maxAttempts()) {
                if (response != null) {
                    return response;
                }
                throw new VenueException.Unavailable("Alpaca " + what + " failed after " + attempt + " attempts: "
                        + failure.getMessage(), failure);
            }
            pause(response != null ? wait(response, attempt) : retry.backoff(attempt));
        }
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    private Duration wait(Response response, int attempt) {
        Duration backoff = retry.backoff(attempt);
        if (response.status() == 429 && response.retryAfterSeconds() != null) {
            Duration asked = Duration.ofSeconds(response.retryAfterSeconds());
            return asked.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : asked;
        }
        return backoff;
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VenueException.Unavailable("interrupted while waiting to retry", e);
        }
    }

    private Response call(HttpMethod method, String path, String body) {
        RestClient.RequestBodySpec spec = rest.method(method).uri(path).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((request, response) -> {
            String text;
            try (var in = response.getBody()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = "";
            }
            String retryAfter = response.getHeaders().getFirst("Retry-After");
            Long seconds = null;
            if (retryAfter != null && retryAfter.strip().matches("\\d{1,6}")) {
                seconds = Long.parseLong(retryAfter.strip());
            }
            return new Response(response.getStatusCode().value(), text, seconds, null);
        });
    }

    /** An error body as JSON; a body that is not JSON (a proxy's HTML page) reads as empty. */
    private JsonNode safeParse(String body) {
        try {
            return json.parse(body);
        } catch (RuntimeException notJson) {
            return json.object();
        }
    }

    private static String errorDetail(JsonNode error, int status) {
        String code = AlpacaJson.text(error, "code");
        String message = AlpacaJson.text(error, "message");
        return (code != null ? code + " " : "HTTP " + status + " ") + (message != null ? message : "");
    }

    private VenueException unexpected(String what, Response response) {
        if (response.status() == 401) {
            return new VenueException.Unavailable("Alpaca " + what + ": HTTP 401, the API key is not accepted", null);
        }
        return new VenueException.Unavailable("Alpaca " + what + ": HTTP " + response.status() + " "
                + errorDetail(safeParse(response.body()), response.status()), null);
    }

    private record Response(int status, String body, Long retryAfterSeconds, VenueOrder resolved) {

        static Response resolved(VenueOrder order) {
            return new Response(0, "", null, order);
        }
    }
}
