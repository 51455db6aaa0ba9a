package io.tradingsuite.risk.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.events.RiskLimitsChanged;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Side;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RuntimeLimitsAreValidatedVersionedAndBroadcastTest extends RiskControlsScenario {

    @Test
    void aValidChangeIsANewVersionThatDecisionsCiteAndInvalidOnesAreFieldErrors() throws Exception {
        AccountId account = AccountId.of("limits-acc");
        snapshot(account, "100000.00", "100000.00", Map.of());
        String admin = TestJwt.bearer(AccountId.of("risk-desk"), "RISK_ADMIN");
        JsonNode before = read(call("GET", "/api/risk/limits", TestJwt.bearer(account, "VIEWER"), null));
        long version = before.get("version").asLong();
        assertThat(before.get("max_order_notional").asText()).isEqualTo("250000.00");
        assertThat(before.get("max_orders_per_second_per_account").asInt()).isEqualTo(20);
        assertThat(before.get("policies").get(0).asText()).isEqualTo("TradingStateGate");

        HttpResponse<String> invalid = call("PUT", "/api/risk/limits", admin,
                "{\"max_order_notional\":\"-5\",\"max_drawdown_pct\":1000,\"nonsense\":\"1\"}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(read(invalid).findValuesAsString("field")).contains("nonsense");
        HttpResponse<String> absurd = call("PUT", "/api/risk/limits", admin,
                "{\"max_order_notional\":\"-5\",\"max_drawdown_pct\":1000}");
        assertThat(read(absurd).findValuesAsString("field"))
                .containsExactlyInAnyOrder("max_order_notional", "max_drawdown_pct");
        assertThat(call("PUT", "/api/risk/limits", TestJwt.bearer(account, "TRADER"),
                "{\"max_order_notional\":\"100\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> changed = call("PUT", "/api/risk/limits", admin, "{\"max_order_notional\":\"500.00\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(read(changed).get("version").asLong()).isEqualTo(version + 1);
        assertThat(read(changed).get("max_order_notional").asText()).isEqualTo("500.00");

        assertThat(decide(account, "lim-1", Side.BUY, "5", "100.00")).isInstanceOfSatisfying(OrderApproved.class,
                a -> assertThat(a.limitsVersion()).isEqualTo(version + 1));
        assertThat(decide(account, "lim-2", Side.BUY, "5", "100.01")).isInstanceOfSatisfying(OrderDenied.class, d -> {
            assertThat(d.reasonCode()).isEqualTo("RISK_MAX_NOTIONAL_EXCEEDED");
            assertThat(d.limitsVersion()).isEqualTo(version + 1);
        });

        RiskLimitsChanged broadcast = awaitLimitsVersion(version + 1);
        assertThat(broadcast.scope()).isEqualTo("global");
        assertThat(broadcast.limits()).containsEntry("max_order_notional", "500.00");
        assertThat(broadcast.changedBy()).isNotBlank();

        // put it back for the other tests sharing this database
        limits.change(Map.of("max_order_notional", "250000.00"), "test");
        assertThat(limits.current().version()).isEqualTo(version + 2);
    }

    private RiskLimitsChanged awaitLimitsVersion(long version) {
        List<RiskLimitsChanged> found = new ArrayList<>();
        try (Consumer<String, Event> consumer = controlEvents()) {
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, Event> rec : consumer.poll(Duration.ofMillis(200))) {
                    if (rec.value() instanceof RiskLimitsChanged changed && changed.version() == version) {
                        found.add(changed);
                    }
                }
                return !found.isEmpty();
            });
        }
        return found.getFirst();
    }
}
