package io.tradingsuite.marketdata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.security.ServletSecurityAutoConfiguration;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.web.WebAutoConfiguration;
import io.tradingsuite.core.marketdata.Bar;
import io.tradingsuite.core.marketdata.DefaultUniverse;
import io.tradingsuite.marketdata.asset.AssetMaster;
import io.tradingsuite.marketdata.bar.BarRepository;
import io.tradingsuite.marketdata.quote.LatestQuotes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(MarketDataController.class)
@ImportAutoConfiguration({ServletSecurityAutoConfiguration.class, WebAutoConfiguration.class})
@ActiveProfiles("test")
class MarketDataApiTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final String VIEWER = TestJwt.bearer(TestJwt.DEMO, "VIEWER");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    AssetMaster assets;
    @MockitoBean
    LatestQuotes quotes;
    @MockitoBean
    BarRepository bars;

    @BeforeEach
    void assetMaster() {
        when(assets.list(false)).thenReturn(DefaultUniverse.assets());
        when(assets.find(any())).thenAnswer(inv -> DefaultUniverse.assets().stream()
                .filter(a -> a.symbol().equals(inv.getArgument(0))).findFirst());
    }

    @Test
    void listsTheAssetMasterInSnakeCaseWithDecimalStrings() {
        assertThat(mvc.get().uri("/api/market/assets").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.length()", v -> v.assertThat().isEqualTo(DefaultUniverse.assets().size()))
                .hasPathSatisfying("$[0].symbol", v -> v.assertThat().isEqualTo("AAPL"))
                .hasPathSatisfying("$[0].tick_size", v -> v.assertThat().isEqualTo("0.01"))
                .hasPathSatisfying("$[0].lot_size", v -> v.assertThat().isEqualTo("1"))
                .hasPathSatisfying("$[0].asset_class", v -> v.assertThat().isEqualTo("us_equity"));
    }

    @Test
    void returnsOneAsset() {
        assertThat(mvc.get().uri("/api/market/assets/SPY").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk()
                .bodyJson().extractingPath("$.name").isEqualTo("SPDR S&P 500 ETF Trust");
    }

    @Test
    void returnsTheLatestQuote() {
        when(quotes.find(AAPL)).thenReturn(Optional.of(new QuoteUpdated(UUID.randomUUID(),
                Instant.parse("2024-03-04T14:31:00Z"), null, AAPL, Price.of("189.49"), Price.of("189.51"),
                Quantity.of(300), Quantity.of(500), Price.of("189.50"), Instant.parse("2024-03-04T14:30:06Z"))));

        assertThat(mvc.get().uri("/api/market/quotes/AAPL").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.bid", v -> v.assertThat().isEqualTo("189.49"))
                .hasPathSatisfying("$.ask", v -> v.assertThat().isEqualTo("189.51"))
                .hasPathSatisfying("$.bid_size", v -> v.assertThat().isEqualTo("300"))
                .hasPathSatisfying("$.market_time", v -> v.assertThat().isEqualTo("2024-03-04T14:30:06Z"));
    }

    @Test
    void anUnknownSymbolIsNotFoundAndAMalformedOneIsAFormatError() {
        assertThat(mvc.get().uri("/api/market/quotes/ZZZZ").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        assertThat(mvc.get().uri("/api/market/quotes/aapl!").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FORMAT");
    }

    @Test
    void aKnownSymbolWithoutAQuoteYetIsNotFound() {
        assertThat(mvc.get().uri("/api/market/quotes/MSFT").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void returnsTheLatestBarsByDefaultAndARangeWhenAsked() {
        Bar bar = new Bar(AAPL, Instant.parse("2024-03-04T14:30:00Z"), Instant.parse("2024-03-04T14:31:00Z"),
                Price.of("189.50"), Price.of("189.90"), Price.of("189.40"), Price.of("189.80"), 125_000);
        when(bars.findLatest(AAPL, 100)).thenReturn(List.of(bar));
        Instant from = Instant.parse("2024-03-04T14:00:00Z");
        Instant to = Instant.parse("2024-03-04T15:00:00Z");
        when(bars.findBetween(eq(AAPL), eq(from), eq(to), eq(100))).thenReturn(List.of(bar, bar));

        assertThat(mvc.get().uri("/api/market/bars/AAPL").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$[0].close", v -> v.assertThat().isEqualTo("189.80"))
                .hasPathSatisfying("$[0].volume", v -> v.assertThat().isEqualTo(125000))
                .hasPathSatisfying("$[0].timeframe", v -> v.assertThat().isEqualTo("1Min"));
        assertThat(mvc.get().uri("/api/market/bars/AAPL?from={f}&to={t}", from, to)
                .header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatusOk()
                .bodyJson().extractingPath("$.length()").isEqualTo(2);
    }

    @Test
    void aMalformedInstantIsABadRequest() {
        assertThat(mvc.get().uri("/api/market/bars/AAPL?from=yesterday").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void withoutATokenTheApiIsUnauthorized() {
        assertThat(mvc.get().uri("/api/market/assets"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.code").isEqualTo("AUTH_UNAUTHENTICATED");
    }
}
