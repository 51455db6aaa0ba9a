package io.tradingsuite.execution.venue.alpaca;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.test.MutableClock;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.execution.config.AlpacaProperties;
import io.tradingsuite.execution.venue.Venue;
import io.tradingsuite.execution.venue.VenueContract;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The venue contract on the Alpaca adapter against a stateful stub of Alpaca's Trading API (WireMock) and its
 * {@code trade_updates} stream (loopback WebSocket), both on loopback with dynamic ports.
 */
class AlpacaVenueContractTest extends VenueContract {

    private WireMockServer http;
    private LoopbackWebSocketServer ws;
    private AlpacaFake fake;
    private AlpacaTradeStream stream;

    @Override
    protected Venue createVenue() throws Exception {
        ws = LoopbackWebSocketServer.alpacaLike(true);
        fake = new AlpacaFake(ws);
        http = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(fake));
        http.start();
        http.stubFor(any(anyUrl()).willReturn(ok()));
        AlpacaProperties properties = new AlpacaProperties(AlpacaProperties.Mode.PAPER,
                new AlpacaProperties.Endpoints(URI.create(http.baseUrl()), ws.uri()), null, null, null,
                new AlpacaProperties.Retry(3, Duration.ofMillis(10), Duration.ofMillis(50), null),
                Duration.ofMillis(100), null);
        AlpacaCredentials keys = AlpacaCredentials.of(properties, new Secrets(Map.of(
                "ALPACA_PAPER_KEY_ID", "PKTEST", "ALPACA_PAPER_SECRET_KEY", "secret")));
        AlpacaVenue venue = new AlpacaVenue(AlpacaConfiguration.restClient(properties, keys), new AlpacaJson(),
                properties.retry(), d -> { });
        stream = new AlpacaTradeStream(ws.uri(), keys.keyId(), keys.secretKey(), new AlpacaJson(), venue.listeners(),
                properties.reconnectDelay(), new MutableClock(Instant.parse("2026-12-02T14:30:00Z")));
        stream.start();
        await().atMost(Duration.ofSeconds(10)).until(stream::listening);
        return venue;
    }

    @Override
    protected void market(Symbol symbol, Price bid, Price ask) {
        fake.market(bid.value(), ask.value());
    }

    @Override
    protected Price positionPrice(String price) {
        return Price.of(price);
    }

    @Override
    protected void stopVenue() throws Exception {
        stream.close();
        http.stop();
        ws.close();
    }
}
