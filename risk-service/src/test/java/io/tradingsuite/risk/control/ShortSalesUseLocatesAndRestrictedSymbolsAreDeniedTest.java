package io.tradingsuite.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Side;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The symbol-list limits changed over REST, locates registered over REST and used up by approved short sales. */
class ShortSalesUseLocatesAndRestrictedSymbolsAreDeniedTest extends RiskControlsScenario {

    private final String admin = TestJwt.bearer(AccountId.of("risk-desk"), "RISK_ADMIN");

    @Test
    void aShortSaleOfAHardToBorrowSymbolNeedsLocatedSharesAndUsesThemUp() throws Exception {
        AccountId account = AccountId.of("locate-acc");
        snapshot(account, "100000.00", "100000.00", Map.of(AAPL, 10L));
        try {
            HttpResponse<String> limits = call("PUT", "/api/risk/limits", admin, "{\"hard_to_borrow_symbols\":[\"aapl\"]}");
            assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);
            assertThat(read(limits).get("hard_to_borrow_symbols").asText()).isEqualTo("AAPL");

            assertDenied(decide(account, "loc-1", Side.SELL, "15", null), "RISK_NO_LOCATE");
            assertThat(decide(account, "loc-2", Side.SELL, "10", null)).isInstanceOf(OrderApproved.class);

            String locate = "{\"account_id\":\"locate-acc\",\"symbol\":\"aapl\",\"qty\":\"8\"}";
            assertThat(call("POST", "/api/risk/locates", TestJwt.bearer(account, "TRADER"), locate).statusCode())
                    .isEqualTo(403);
            HttpResponse<String> located = call("POST", "/api/risk/locates", admin, locate);
            assertThat(located.statusCode()).as(located.body()).isEqualTo(201);
            assertThat(read(located).get("available").asText()).isEqualTo("8");

            // the position is committed to loc-2 already: all of these are short sales
            assertDenied(decide(account, "loc-3", Side.SELL, "9", null), "RISK_NO_LOCATE");
            assertThat(decide(account, "loc-4", Side.SELL, "5", null)).isInstanceOf(OrderApproved.class);
            assertDenied(decide(account, "loc-5", Side.SELL, "4", null), "RISK_NO_LOCATE");
            assertThat(decide(account, "loc-6", Side.SELL, "3", null)).isInstanceOf(OrderApproved.class);

            JsonNode today = read(call("GET", "/api/risk/locates", TestJwt.bearer(account, "VIEWER"), null));
            JsonNode mine = today.valueStream().filter(l -> l.get("account_id").asText().equals("locate-acc"))
                    .findFirst().orElseThrow();
            assertThat(mine.get("used").asText()).isEqualTo("8");
            assertThat(mine.get("available").asText()).isEqualTo("0");
            assertThat(mine.get("trading_day").asText()).isEqualTo("2025-03-03");
            assertThat(read(call("GET", "/api/risk/locates?unused=true", admin, null)).valueStream()
                    .noneMatch(l -> l.get("account_id").asText().equals("locate-acc"))).isTrue();
        } finally {
            call("PUT", "/api/risk/limits", admin, "{\"hard_to_borrow_symbols\":\"\"}");
        }
    }

    @Test
    void aLocateRequestWithBadFieldsIsAProblemWithEveryField() throws Exception {
        HttpResponse<String> bad = call("POST", "/api/risk/locates", admin,
                "{\"account_id\":\"\",\"symbol\":\"1x\",\"qty\":\"-1\"}");

        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(read(bad).get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(read(bad).findValuesAsString("field")).containsExactlyInAnyOrder("account_id", "symbol", "qty");
    }

    @Test
    void aRestrictedSymbolIsDeniedUntilItLeavesTheList() throws Exception {
        AccountId account = AccountId.of("restricted-acc");
        snapshot(account, "100000.00", "100000.00", Map.of());
        try {
            assertThat(call("PUT", "/api/risk/limits", admin, "{\"restricted_symbols\":\"AAPL,GME\"}").statusCode())
                    .isEqualTo(200);
            assertDenied(decide(account, "rs-1", Side.BUY, "1", null), "RISK_SYMBOL_RESTRICTED");
        } finally {
            assertThat(call("PUT", "/api/risk/limits", admin, "{\"restricted_symbols\":[]}").statusCode())
                    .isEqualTo(200);
        }
        assertThat(decide(account, "rs-2", Side.BUY, "1", null)).isInstanceOf(OrderApproved.class);
    }

    private static void assertDenied(OrderDecisionEvent decision, String reasonCode) {
        assertThat(decision).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).as(d.detail()).isEqualTo(reasonCode));
    }
}
