package io.tradingsuite.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.tradingsuite.bot.bot.Bot;
import io.tradingsuite.bot.bot.BotService;
import io.tradingsuite.bot.bot.BotStatus;
import io.tradingsuite.bot.position.BotPerformance;
import io.tradingsuite.bot.position.BotPerformanceService;
import io.tradingsuite.bot.signal.SignalRecord;
import io.tradingsuite.bot.signal.SignalRepository;
import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.security.ServletSecurityAutoConfiguration;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.web.WebAutoConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

@WebMvcTest(BotController.class)
@ImportAutoConfiguration({ServletSecurityAutoConfiguration.class, WebAutoConfiguration.class})
@ActiveProfiles("test")
class BotApiTest {

    private static final Instant T0 = Instant.parse("2024-03-04T14:30:00Z");
    private static final BotId DEMO_BOT = BotId.of("ma-crossover-1");
    private static final BotId OTHER_BOT = BotId.of("other-bot");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    BotService bots;
    @MockitoBean
    SignalRepository signals;
    @MockitoBean
    BotPerformanceService performance;

    @BeforeEach
    void bots() {
        Bot demo = bot(DEMO_BOT, "demo", BotStatus.RUNNING);
        Bot other = bot(OTHER_BOT, "other", BotStatus.STOPPED);
        when(bots.list()).thenReturn(List.of(demo, other));
        when(bots.get(DEMO_BOT)).thenReturn(demo);
        when(bots.get(OTHER_BOT)).thenReturn(other);
        when(bots.get(BotId.of("nope"))).thenThrow(ApiException.notFound("no bot nope"));
        when(bots.stop(DEMO_BOT)).thenReturn(bot(DEMO_BOT, "demo", BotStatus.STOPPED));
    }

    @Test
    void aViewerSeesOnlyTheBotsOfItsAccount() {
        assertThat(mvc.get().uri("/api/bots").header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.DEMO, "VIEWER")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.length()", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$[0].id", v -> v.assertThat().isEqualTo("ma-crossover-1"))
                .hasPathSatisfying("$[0].account_id", v -> v.assertThat().isEqualTo("demo"))
                .hasPathSatisfying("$[0].status", v -> v.assertThat().isEqualTo("running"))
                .hasPathSatisfying("$[0].params.fast_window", v -> v.assertThat().isEqualTo("2"));
        assertThat(mvc.get().uri("/api/bots").header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.DEMO, "ADMIN")))
                .hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(2);
    }

    @Test
    void anotherAccountsBotAndAnUnknownBotAreNotFoundAndAMalformedIdIsAFormatError() {
        String viewer = TestJwt.bearer(TestJwt.DEMO, "VIEWER");
        assertThat(mvc.get().uri("/api/bots/other-bot").header(HttpHeaders.AUTHORIZATION, viewer))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        assertThat(mvc.get().uri("/api/bots/nope").header(HttpHeaders.AUTHORIZATION, viewer))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        assertThat(mvc.get().uri("/api/bots/bad!id").header(HttpHeaders.AUTHORIZATION, viewer))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FORMAT");
    }

    @Test
    void aTraderStopsItsBotButAViewerMayNot() {
        assertThat(mvc.post().uri("/api/bots/ma-crossover-1/stop")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.DEMO, "VIEWER")))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("AUTH_FORBIDDEN");
        verify(bots, never()).stop(DEMO_BOT);

        assertThat(mvc.post().uri("/api/bots/ma-crossover-1/stop")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.DEMO, "TRADER")))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("stopped");
    }

    @Test
    void listsSignalsNewestFirstWithDecimalStrings() {
        SignalRecord signal = new SignalRecord(UUID.fromString("00000000-0000-0000-0000-000000000001"), DEMO_BOT,
                Symbol.of("AAPL"), Side.BUY, Quantity.of(76), "golden cross", T0, UUID.randomUUID(),
                ClientOrderId.of("bot-ma-crossover-1-1"), "corr-1", T0.plusSeconds(61));
        when(signals.findNewest(DEMO_BOT, 10)).thenReturn(List.of(signal));

        assertThat(mvc.get().uri("/api/bots/ma-crossover-1/signals?limit=10")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.DEMO, "VIEWER")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$[0].side", v -> v.assertThat().isEqualTo("buy"))
                .hasPathSatisfying("$[0].qty", v -> v.assertThat().isEqualTo("76"))
                .hasPathSatisfying("$[0].bar_time", v -> v.assertThat().isEqualTo("2024-03-04T14:30:00Z"))
                .hasPathSatisfying("$[0].client_order_id", v -> v.assertThat().isEqualTo("bot-ma-crossover-1-1"));
        assertThat(mvc.get().uri("/api/bots/ma-crossover-1/signals?limit=0")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.DEMO, "VIEWER")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void showsTheBotsPnlAndHitRateAsDecimalStringsAndHidesAnotherAccountsBot() {
        when(performance.performance(DEMO_BOT)).thenReturn(new BotPerformance(DEMO_BOT, Money.of("1234.5678"), 3, 2));
        String viewer = TestJwt.bearer(TestJwt.DEMO, "VIEWER");

        assertThat(mvc.get().uri("/api/bots/ma-crossover-1/performance").header(HttpHeaders.AUTHORIZATION, viewer))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.bot_id", v -> v.assertThat().isEqualTo("ma-crossover-1"))
                .hasPathSatisfying("$.realized_pnl", v -> v.assertThat().isEqualTo("1234.5678"))
                .hasPathSatisfying("$.round_trips", v -> v.assertThat().isEqualTo(3))
                .hasPathSatisfying("$.winning_round_trips", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying("$.hit_rate", v -> v.assertThat().isEqualTo("0.6667"));
        assertThat(mvc.get().uri("/api/bots/other-bot/performance").header(HttpHeaders.AUTHORIZATION, viewer))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        verify(performance, never()).performance(OTHER_BOT);
    }

    private static Bot bot(BotId id, String account, BotStatus status) {
        return new Bot(id, AccountId.of(account), "ma-crossover",
                Map.of("fast_window", "2", "slow_window", "3", "notional_per_trade", "1000"),
                List.of(Symbol.of("AAPL")), status, T0, T0);
    }
}
