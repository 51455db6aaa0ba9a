package io.tradingsuite.execution.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Alpaca venue ({@code ts.execution.venue=alpaca}). Paper and live trading are separate accounts with separate
 * endpoints and keys: {@code mode} picks one pair of URLs and one pair of key variables, and the other pair is never
 * read. The keys are not settings: they come only through common's {@code Secrets} ({@code ALPACA_PAPER_KEY_ID} /
 * {@code ALPACA_PAPER_SECRET_KEY}, or {@code ALPACA_LIVE_KEY_ID} / {@code ALPACA_LIVE_SECRET_KEY}, each also as
 * {@code <NAME>_FILE}).
 *
 * @param mode           {@code paper} (default) or {@code live}
 * @param paper          endpoints of the paper account
 * @param live           endpoints of the live account
 * @param connectTimeout TCP connect timeout of REST calls (default 5s)
 * @param readTimeout    how long a REST call waits for the answer (default 10s); past it the outcome is unknown and
 *                       is resolved by looking the order up by client order id
 * @param retry          retries of 429, 5xx and unknown outcomes
 * @param reconnectDelay how long the {@code trade_updates} stream waits before reconnecting (default 5s)
 * @param reconcileRetry how often a failed (or invalidated) startup reconciliation is tried again (default 30s)
 */
@Validated
@ConfigurationProperties("ts.execution.alpaca")
public record AlpacaProperties(@NotNull Mode mode, @NotNull @Valid Endpoints paper, @NotNull @Valid Endpoints live,
        @NotNull Duration connectTimeout, @NotNull Duration readTimeout, @NotNull @Valid Retry retry,
        @NotNull Duration reconnectDelay, @NotNull Duration reconcileRetry) {

    public static final URI PAPER_API = URI.create("https://paper-api.alpaca.markets");
    public static final URI PAPER_STREAM = URI.create("wss://paper-api.alpaca.markets/stream");
    public static final URI LIVE_API = URI.create("https://api.alpaca.markets");
    public static final URI LIVE_STREAM = URI.create("wss://api.alpaca.markets/stream");

    public AlpacaProperties {
        mode = mode == null ? Mode.PAPER : mode;
        paper = paper == null ? new Endpoints(PAPER_API, PAPER_STREAM) : paper.orDefaults(PAPER_API, PAPER_STREAM);
        live = live == null ? new Endpoints(LIVE_API, LIVE_STREAM) : live.orDefaults(LIVE_API, LIVE_STREAM);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
        reconnectDelay = reconnectDelay == null ? Duration.ofSeconds(5) : reconnectDelay;
        reconcileRetry = reconcileRetry == null ? Duration.ofSeconds(30) : reconcileRetry;
    }

    /** The endpoints of the selected mode. */
    public Endpoints endpoints() {
        return mode == Mode.LIVE ? live : paper;
    }

    /** The environment variable of the key id of the selected mode. */
    public String keyIdVariable() {
        return mode == Mode.LIVE ? "ALPACA_LIVE_KEY_ID" : "ALPACA_PAPER_KEY_ID";
    }

    /** The environment variable of the secret key of the selected mode. */
    public String secretKeyVariable() {
        return mode == Mode.LIVE ? "ALPACA_LIVE_SECRET_KEY" : "ALPACA_PAPER_SECRET_KEY";
    }

    /** Paper or live account. */
    public enum Mode {
        PAPER,
        LIVE
    }

    /**
     * Where one account's API is.
     *
     * @param apiUrl    Trading API base URL (paper {@code https://paper-api.alpaca.markets}, live
     *                  {@code https://api.alpaca.markets})
     * @param streamUrl {@code trade_updates} WebSocket URL ({@code wss://paper-api.alpaca.markets/stream}, live
     *                  {@code wss://api.alpaca.markets/stream})
     */
    public record Endpoints(URI apiUrl, URI streamUrl) {

        Endpoints orDefaults(URI api, URI stream) {
            return new Endpoints(apiUrl == null ? api : apiUrl, streamUrl == null ? stream : streamUrl);
        }
    }

    /**
     * Exponential backoff: attempt n waits {@code initialBackoff x multiplier^(n-1)}, at most {@code maxBackoff}; a
     * {@code Retry-After} header of a 429 is honoured up to {@code maxBackoff}.
     *
     * @param maxAttempts    calls in total, the first included (default 4)
     * @param initialBackoff wait before the second call (default 200ms)
     * @param maxBackoff     longest wait (default 5s)
     * @param multiplier     growth per attempt (default 2)
     */
    public record Retry(@Min(1) @Max(20) Integer maxAttempts, Duration initialBackoff, Duration maxBackoff,
            @DecimalMin("1") BigDecimal multiplier) {

        public Retry {
            maxAttempts = maxAttempts == null ? 4 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
            multiplier = multiplier == null ? BigDecimal.TWO : multiplier;
        }

        /** The wait before call number {@code attempt + 1} ({@code attempt} >= 1). */
        public Duration backoff(int attempt) {
            BigDecimal factor = multiplier.pow(Math.max(0, attempt - 1));
            BigDecimal millis = BigDecimal.valueOf(initialBackoff.toMillis()).multiply(factor);
            long capped = millis.min(BigDecimal.valueOf(maxBackoff.toMillis())).longValue();
            return Duration.ofMillis(capped);
        }
    }
}
