package io.tradingsuite.risk.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.events.TradingStateChanged;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.core.risk.RiskScope;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KillSwitchAndTradingStatesTest extends RiskControlsScenario {

    private static final AccountId ADMIN_ACCOUNT = AccountId.of("risk-desk");

    @Test
    void theKillSwitchHaltsEverythingIsPublishedSurvivesARereadAndOnlyRiskAdminsResume() throws Exception {
        AccountId account = AccountId.of("kill-acc");
        snapshot(account, "100000.00", "100000.00", Map.of());
        assertThat(decide(account, "k-1", Side.BUY, "1", null)).isInstanceOf(OrderApproved.class);

        assertThat(call("POST", "/api/risk/kill", TestJwt.bearer(account, "TRADER"), null).statusCode()).isEqualTo(403);
        HttpResponse<String> killed = call("POST", "/api/risk/kill", TestJwt.bearer(ADMIN_ACCOUNT, "RISK_ADMIN"),
                "{\"reason\":\"runaway bot\"}");
        assertThat(killed.statusCode()).as(killed.body()).isEqualTo(200);
        assertThat(read(killed).get("state").asText()).isEqualTo("halted");
        assertThat(read(killed).get("kill_switch").asBoolean()).isTrue();
        assertThat(read(killed).get("scope").asText()).isEqualTo("global");

        assertThat(decide(account, "k-2", Side.SELL, "1", null)).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).isEqualTo("RISK_TRADING_HALTED"));
        // persisted: a fresh repository (as after a restart) reads the same state
        ScopeState reread = new TradingStateRepository(jdbc).find(RiskScope.GLOBAL).orElseThrow();
        assertThat(reread.state()).isEqualTo(TradingState.HALTED);
        assertThat(reread.killSwitch()).isTrue();

        HttpResponse<String> traderResume = call("POST", "/api/risk/resume", TestJwt.bearer(account, "TRADER"), null);
        assertThat(traderResume.statusCode()).isEqualTo(403);
        assertThat(read(traderResume).get("code").asText()).isEqualTo("AUTH_FORBIDDEN");
        HttpResponse<String> resumed = call("POST", "/api/risk/resume", TestJwt.bearer(ADMIN_ACCOUNT, "ADMIN"), null);
        assertThat(resumed.statusCode()).isEqualTo(200);
        assertThat(read(resumed).get("state").asText()).isEqualTo("active");
        assertThat(decide(account, "k-3", Side.BUY, "2", null)).isInstanceOf(OrderApproved.class);

        List<TradingStateChanged> published = awaitStateChanges("global", 2);
        assertThat(published).extracting(TradingStateChanged::state)
                .containsExactly(TradingState.HALTED, TradingState.ACTIVE);
        assertThat(published.get(0).killSwitch()).isTrue();
        assertThat(published.get(0).reason()).isEqualTo("runaway bot");
        assertThat(published.get(1).version()).isEqualTo(published.get(0).version() + 1);
    }

    @Test
    void aReducingAccountMaySellDownButNotBuyAndBadRequestsAreProblems() throws Exception {
        AccountId account = AccountId.of("reduce-acc");
        snapshot(account, "100000.00", "110000.00", Map.of(AAPL, 100L));
        String admin = TestJwt.bearer(ADMIN_ACCOUNT, "RISK_ADMIN");
        HttpResponse<String> changed = call("PUT", "/api/risk/state/account:reduce-acc", admin,
                "{\"state\":\"reducing\",\"reason\":\"desk review\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        assertThat(decide(account, "r-1", Side.BUY, "1", null)).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).isEqualTo("RISK_REDUCE_ONLY"));
        assertThat(decide(account, "r-2", Side.SELL, "100", null)).isInstanceOf(OrderApproved.class);

        JsonNode all = read(call("GET", "/api/risk/state", TestJwt.bearer(account, "VIEWER"), null));
        assertThat(all.findValuesAsString("scope")).contains("global", "account:reduce-acc");
        HttpResponse<String> badState = call("PUT", "/api/risk/state/account:reduce-acc", admin, "{\"state\":\"paused\"}");
        assertThat(badState.statusCode()).isEqualTo(400);
        assertThat(read(badState).get("errors").get(0).get("field").asText()).isEqualTo("state");
        assertThat(call("PUT", "/api/risk/state/desk:1", admin, "{\"state\":\"halted\"}").statusCode()).isEqualTo(400);
        assertThat(call("PUT", "/api/risk/state/global", TestJwt.bearer(account, "TRADER"), "{\"state\":\"halted\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aSnapshotShowingADailyLossBeyondTheLimitSwitchesTheAccountToReducing() {
        AccountId account = AccountId.of("loss-acc");
        // 200,000 -> 175,000: a loss of exactly 25,000.00 (the daily limit), a 12.5% drawdown (limit 20%)
        snapshot(account, "200000.00", "200000.00", Map.of());
        snapshot(account, "175000.00", "175000.00", Map.of());
        assertThat(controls.state(RiskScope.account(account)).state()).isEqualTo(TradingState.ACTIVE);

        snapshot(account, "174999.99", "174999.99", Map.<Symbol, Long>of());
        ScopeState state = controls.state(RiskScope.account(account));
        assertThat(state.state()).isEqualTo(TradingState.REDUCING);
        assertThat(state.changedBy()).isEqualTo(TradingControlService.AUTOMATIC);
        assertThat(state.reason()).startsWith("RISK_DAILY_LOSS");
        assertThat(decide(account, "l-1", Side.BUY, "1", null)).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).isEqualTo("RISK_REDUCE_ONLY"));
        assertThat(awaitStateChanges("account:loss-acc", 1).getFirst().state()).isEqualTo(TradingState.REDUCING);
    }

    private List<TradingStateChanged> awaitStateChanges(String scope, int count) {
        List<TradingStateChanged> received = new ArrayList<>();
        try (Consumer<String, Event> consumer = controlEvents()) {
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, Event> rec : consumer.poll(Duration.ofMillis(200))) {
                    if (rec.value() instanceof TradingStateChanged changed && changed.scope().equals(scope)) {
                        assertThat(rec.key()).isEqualTo("state/" + scope);
                        received.add(changed);
                    }
                }
                return received.size() >= count;
            });
        }
        return received;
    }
}
