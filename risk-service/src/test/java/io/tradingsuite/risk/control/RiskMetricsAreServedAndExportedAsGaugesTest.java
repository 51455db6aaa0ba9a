package io.tradingsuite.risk.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.core.risk.RiskScope;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/risk/metrics} and the {@code ts.risk.*} gauges for an account holding 100 MSFT. Hand-computed with
 * the default settings (1-minute returns, one-day horizon of 390 minutes → scale sqrt(390) = 19.748418):
 * <pre>
 * mids 100, 102, 99.96, 100.9596, 99.950004 → returns +2 %, −2 %, +1 %, −1 % (4 periods), value v = 9,995.0004
 * sample σ of the returns = sqrt(0.001 / 3) = 0.01825742
 * parametric: 1.644854 x 0.01825742 x 9,995.0004 x 19.748418 = 5,927.64;  2.326348 x ... = 8,383.57
 * historical: k = ceil(4 x 0.05) = 1 → worst period −2 % → 199.900008 x 19.748418 = 3,947.71 (95 % and 99 %)
 * equity 100,000 → 98,000: daily P&amp;L −2,000.00, drawdown 2,000.00 = 2.00 %; concentration 9,995.0004 / 98,000 = 10.20 %
 * </pre>
 */
class RiskMetricsAreServedAndExportedAsGaugesTest extends RiskControlsScenario {

    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final AccountId ACCOUNT = AccountId.of("metrics-acc");
    private static final Instant MARKET_OPEN = Instant.parse("2025-06-02T14:00:00Z");

    @Test
    void theCallersMetricsAreComputedFromSnapshotsAndSampledQuotesAndExportedAsGauges() throws Exception {
        snapshot(ACCOUNT, "90000.00", "100000.00", Map.of(MSFT, 100L));
        snapshot(ACCOUNT, "88000.00", "98000.00", Map.of(MSFT, 100L));
        String[] mids = {"100", "102", "99.96", "100.9596", "99.950004"};
        for (int minute = 0; minute < mids.length; minute++) {
            msftQuote(mids[minute], MARKET_OPEN.plus(Duration.ofMinutes(minute)).plusSeconds(30));
        }

        HttpResponse<String> response = call("GET", "/api/risk/metrics", TestJwt.bearer(ACCOUNT, "VIEWER"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = read(response);
        assertThat(body.get("gross_exposure").isString()).isTrue();
        assertThat(body.get("gross_exposure").asText()).isEqualTo("9995.00");
        assertThat(body.get("net_exposure").asText()).isEqualTo("9995.00");
        assertThat(body.get("concentration").get("MSFT").asText()).isEqualTo("10.20");
        assertThat(body.get("daily_pnl").asText()).isEqualTo("-2000.00");
        assertThat(body.get("drawdown").asText()).isEqualTo("2000.00");
        assertThat(body.get("drawdown_pct").asText()).isEqualTo("2.00");
        assertThat(Double.parseDouble(body.get("var_95_parametric").asText())).isCloseTo(5927.64, within(0.01));
        assertThat(Double.parseDouble(body.get("var_99_parametric").asText())).isCloseTo(8383.57, within(0.01));
        assertThat(body.get("var_95_historical").asText()).isEqualTo("3947.71");
        assertThat(body.get("var_99_historical").asText()).isEqualTo("3947.71");
        assertThat(body.get("window_size").asInt()).isEqualTo(4);
        assertThat(Instant.parse(body.get("as_of").asText())).isEqualTo(clock.instant());

        String scrape = call("GET", "/actuator/prometheus", null, null).body();
        assertThat(gauge(scrape, "ts_risk_exposure_gross", "account=\"metrics-acc\"")).hasValue(9995.0);
        assertThat(gauge(scrape, "ts_risk_exposure_net", "account=\"metrics-acc\"")).hasValue(9995.0);
        assertThat(gauge(scrape, "ts_risk_drawdown", "account=\"metrics-acc\"")).hasValue(2000.0);
        assertThat(gauge(scrape, "ts_risk_pnl_daily", "account=\"metrics-acc\"")).hasValue(-2000.0);
        assertThat(gauge(scrape, "ts_risk_var", "account=\"metrics-acc\"", "confidence=\"99\"",
                "method=\"parametric\"").orElseThrow()).isCloseTo(8383.57, within(0.01));
        assertThat(gauge(scrape, "ts_risk_var", "account=\"metrics-acc\"", "confidence=\"95\"",
                "method=\"historical\"")).hasValue(3947.71);
        assertThat(scrape).contains("service=\"risk-service\"");
    }

    @Test
    void theTradingStateGaugeFollowsEveryScope() {
        AccountId account = AccountId.of("metrics-state-acc");
        controls.change(RiskScope.account(account), TradingState.REDUCING, false, "desk review", "test");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = call("GET", "/actuator/prometheus", null, null).body();
            assertThat(gauge(scrape, "ts_risk_trading_state", "scope=\"account:metrics-state-acc\"")).hasValue(1.0);
            assertThat(gauge(scrape, "ts_risk_trading_state", "scope=\"global\"")).isPresent();
        });
    }

    @Test
    void anAccountRiskHasNotSeenIsNotFoundAndAnonymousCallersAreUnauthorized() throws Exception {
        HttpResponse<String> unknown = call("GET", "/api/risk/metrics", TestJwt.bearer(AccountId.of("nobody"), "TRADER"),
                null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(read(unknown).get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(call("GET", "/api/risk/metrics", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void varIsUnknownUntilEveryHeldSymbolHasReturns() throws Exception {
        AccountId account = AccountId.of("metrics-new-acc");
        snapshot(account, "1000.00", "2000.00", Map.of(Symbol.of("NVDA"), 10L));

        JsonNode body = read(call("GET", "/api/risk/metrics", TestJwt.bearer(account, "TRADER"), null));
        assertThat(body.get("gross_exposure").asText()).as("valued at the snapshot mark").isEqualTo("1000.00");
        assertThat(body.get("var_95_parametric").isNull()).isTrue();
        assertThat(body.get("var_99_historical").isNull()).isTrue();
        assertThat(body.get("window_size").asInt()).isZero();
    }

    private void msftQuote(String mid, Instant marketTime) {
        exposure.onQuote(new QuoteUpdated(UUID.randomUUID(), clock.instant(), "q-msft", MSFT, Price.of(mid),
                Price.of(mid), Quantity.of(100), Quantity.of(100), Price.of(mid), marketTime));
    }

    /** The value of the first sample of {@code name} whose labels contain every one of {@code labels}. */
    private static OptionalDouble gauge(String scrape, String name, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
