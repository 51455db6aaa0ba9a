package io.tradingsuite.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.risk.Reservation;
import io.tradingsuite.risk.exposure.ReservationRepository;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A bracket's two exits (or an oco's two orders) sell the same shares, only one of them can fill: paired through
 * {@code OrderRequested.ocoWith}, they commit the position once. On a hard-to-borrow symbol without a locate the second
 * exit was denied {@code RISK_NO_LOCATE} as a short sale before, leaving the position without its stop-loss. What the
 * second exit (or a replacement) takes over is counted as already held by the limits on growth.
 */
class PairedExitsCommitThePositionOnceTest extends RiskControlsScenario {

    private final String admin = TestJwt.bearer(AccountId.of("risk-desk"), "RISK_ADMIN");

    @Autowired
    ReservationRepository reservations;

    @Test
    void aBracketsStopLossPairedWithItsTakeProfitIsNoShortSaleAndThePairCountsOnce() throws Exception {
        AccountId paired = AccountId.of("exits-paired");
        AccountId unpaired = AccountId.of("exits-unpaired");
        snapshot(paired, "100000.00", "100000.00", Map.of(AAPL, 10L));
        snapshot(unpaired, "100000.00", "100000.00", Map.of(AAPL, 10L));
        try {
            HttpResponse<String> limits = call("PUT", "/api/risk/limits", admin, "{\"hard_to_borrow_symbols\":[\"AAPL\"]}");
            assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);

            assertThat(exit(paired, "br-tp", OrderType.LIMIT, "110.00", null, "br-sl")).isInstanceOf(OrderApproved.class);
            assertThat(exit(paired, "br-sl", OrderType.STOP, null, "90.00", "br-tp")).isInstanceOf(OrderApproved.class);
            // the pair holds the 10 shares once: nothing is left to sell without a locate
            assertDenied(exit(paired, "more-1", OrderType.LIMIT, "111.00", null, null), "RISK_NO_LOCATE");
            List<Reservation> holding = reservations.holding(paired);
            assertThat(holding).singleElement().satisfies(r -> assertThat(r.remaining()).isEqualTo(Quantity.of(10)));

            // the same two exits unpaired: the second one is a short sale
            assertThat(exit(unpaired, "un-tp", OrderType.LIMIT, "110.00", null, null)).isInstanceOf(OrderApproved.class);
            assertDenied(exit(unpaired, "un-sl", OrderType.STOP, null, "90.00", null), "RISK_NO_LOCATE");
        } finally {
            call("PUT", "/api/risk/limits", admin, "{\"hard_to_borrow_symbols\":\"\"}");
        }
    }

    @Test
    void exitsReleasedByAFillRiskHasNotSeenYetCountThatFillAsInFlight() throws Exception {
        AccountId account = AccountId.of("exits-in-flight");
        snapshot(account, "100000.00", "100000.00", Map.of());
        try {
            HttpResponse<String> limits = call("PUT", "/api/risk/limits", admin, "{\"hard_to_borrow_symbols\":[\"AAPL\"]}");
            assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);
            assertThat(decide(account, "if-1", Side.BUY, "10", "100.00")).isInstanceOf(OrderApproved.class);

            // the entry filled at the venue; its legs' requests arrive before its FillExecuted does
            assertThat(exit(account, "if-1-tp", OrderType.LIMIT, "110.00", null, "if-1-sl", "if-1"))
                    .isInstanceOf(OrderApproved.class);
            assertThat(exit(account, "if-1-sl", OrderType.STOP, null, "90.00", "if-1-tp", "if-1"))
                    .isInstanceOf(OrderApproved.class);
            // the 10 in flight are committed to the exits: nothing is left to sell without a locate
            assertDenied(exit(account, "if-more", OrderType.LIMIT, "111.00", null, null, null), "RISK_NO_LOCATE");
            // without the entry named, the first exit is a short sale
            assertDenied(exit(account, "if-2-tp", OrderType.LIMIT, "110.50", null, null, null), "RISK_NO_LOCATE");
        } finally {
            call("PUT", "/api/risk/limits", admin, "{\"hard_to_borrow_symbols\":\"\"}");
        }
    }

    /**
     * The stop-loss is approved, then the account moves over the concentration limit (here the admin tightens it; in
     * a system test the end of another order between the two decisions did it): the take-profit, which sells the
     * same shares as the approved stop-loss, adds nothing and is approved, while the same sell on its own is denied.
     */
    @Test
    void aSecondExitItsApprovedPartnerAlreadyHoldsIsNotDeniedForGrowth() throws Exception {
        AccountId account = AccountId.of("exits-concentrated");
        String before = shortAHundredAndReadTheConcentrationLimit(account);
        try {
            setConcentration("12");
            assertThat(decide(account, "cc", Side.BUY, "5", "100.00")).isInstanceOf(OrderApproved.class);
            assertThat(exit(account, "cc-sl", OrderType.STOP, null, "90.00", "cc-tp", "cc", 5))
                    .isInstanceOf(OrderApproved.class);

            setConcentration("9");
            assertThat(exit(account, "cc-tp", OrderType.LIMIT, "100.00", null, "cc-sl", "cc", 5))
                    .as("covered by its stop-loss").isInstanceOf(OrderApproved.class);
            // a control: another sell of 5, paired with nothing, grows the short and is denied
            assertDenied(exit(account, "cc-more", OrderType.LIMIT, "100.01", null, null, null, 5), "RISK_CONCENTRATION");
        } finally {
            setConcentration(before);
        }
    }

    /**
     * A replacement takes over its original's open reservation the same way: after the account moved over the
     * concentration limit, a replacement of the same size (a new price) adds nothing and is approved; one larger than
     * what the original had open is checked on the growth beyond it, and denied; a new order of the same size too.
     */
    @Test
    void aReplacementIsCheckedForGrowthOnlyBeyondWhatItsOriginalHeld() throws Exception {
        AccountId account = AccountId.of("replace-concentrated");
        String before = shortAHundredAndReadTheConcentrationLimit(account);
        try {
            setConcentration("12");
            assertThat(decide(account, "rc-orig", Side.SELL, "5", "100.00")).isInstanceOf(OrderApproved.class);

            setConcentration("9");
            assertThat(replacement(account, "rc-repl", "5", "100.50", "rc-orig", "5"))
                    .as("the original's 5 taken over").isInstanceOf(OrderApproved.class);
            assertDenied(replacement(account, "rc-bigger", "8", "100.60", "rc-orig", "5"), "RISK_CONCENTRATION");
            assertDenied(decide(account, "rc-new", Side.SELL, "5", "100.70"), "RISK_CONCENTRATION");
        } finally {
            setConcentration(before);
        }
    }

    private OrderDecisionEvent replacement(AccountId account, String clientOrderId, String quantity, String limit,
            String replaces, String openQuantity) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of(clientOrderId), AAPL, Side.SELL, OrderType.LIMIT,
                TimeInForce.DAY, Quantity.of(quantity), Price.of(limit), null, OrderSource.MANUAL, null);
        return decisions.decide(OrderRequested.replacement(UUID.randomUUID(), clockNow().instant(), "corr-rc", account,
                ticket, ClientOrderId.of(replaces), Quantity.of(openQuantity), null)).orElseThrow();
    }

    /** The account short 100 x 100.00 = 10,000.00 of an equity of 100,000.00; returns the concentration limit. */
    private String shortAHundredAndReadTheConcentrationLimit(AccountId account) throws Exception {
        snapshot(account, "100000.00", "100000.00", Map.of(AAPL, -100L));
        HttpResponse<String> current = call("GET", "/api/risk/limits", admin, null);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        return json.readTree(current.body()).path("max_concentration_pct").asString();
    }

    private void setConcentration(String pct) throws Exception {
        HttpResponse<String> set = call("PUT", "/api/risk/limits", admin, "{\"max_concentration_pct\":\"" + pct + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    private OrderDecisionEvent exit(AccountId account, String clientOrderId, OrderType type, String limit, String stop,
            String ocoWith) {
        return exit(account, clientOrderId, type, limit, stop, ocoWith, null);
    }

    private OrderDecisionEvent exit(AccountId account, String clientOrderId, OrderType type, String limit, String stop,
            String ocoWith, String exitOf) {
        return exit(account, clientOrderId, type, limit, stop, ocoWith, exitOf, 10);
    }

    private OrderDecisionEvent exit(AccountId account, String clientOrderId, OrderType type, String limit, String stop,
            String ocoWith, String exitOf, long quantity) {
        OrderTicket ticket = new OrderTicket(ClientOrderId.of(clientOrderId), AAPL, Side.SELL, type, TimeInForce.GTC,
                Quantity.of(quantity), limit == null ? null : Price.of(limit), stop == null ? null : Price.of(stop),
                OrderSource.MANUAL, null);
        return decisions.decide(OrderRequested.exit(UUID.randomUUID(), clockNow().instant(), "corr-br", account, ticket,
                ocoWith == null ? null : ClientOrderId.of(ocoWith), exitOf == null ? null : ClientOrderId.of(exitOf)))
                .orElseThrow();
    }

    private static void assertDenied(OrderDecisionEvent decision, String reasonCode) {
        assertThat(decision).isInstanceOfSatisfying(OrderDenied.class,
                d -> assertThat(d.reasonCode()).as(d.detail()).isEqualTo(reasonCode));
    }
}
