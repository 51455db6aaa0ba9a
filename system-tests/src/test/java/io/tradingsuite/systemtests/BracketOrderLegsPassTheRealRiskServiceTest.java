package io.tradingsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.systemtests.support.ApiKey;
import io.tradingsuite.systemtests.support.GatewayClient;
import io.tradingsuite.systemtests.support.GatewayClient.ApiResponse;
import io.tradingsuite.systemtests.support.Orders;
import io.tradingsuite.systemtests.support.SystemTest;
import io.tradingsuite.systemtests.support.TradingStack;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Through the gateway only, a buy bracket on SPY: its marketable limit entry is approved by the real risk service
 * and filled by the paper venue, which releases its take-profit and stop-loss legs (held until then) to risk; risk
 * approves each for the filled quantity and they work at the venue, the portfolio books the entry's fill, and
 * canceling the entry cancels both working legs while the entry stays filled. A second bracket whose entry rests is
 * canceled with its legs still held: they end canceled and risk never heard of them.
 *
 * <p>The exits lie 25 % away from the market, which the simulated feed does not reach in a test's time (the kill
 * switch scenario relies on the same). The scenarios trade on an account no bot trades
 * ({@link TradingStack#SCENARIO_ACCOUNT}): on the demo account the bot's SPY position once stood at the
 * concentration limit, and risk denied a take-profit for it. The position is checked against every SPY order's fills
 * of the account, read while its order list stands still.
 */
@SystemTest
class BracketOrderLegsPassTheRealRiskServiceTest {

    private static final String SYMBOL = "SPY";
    private static final BigDecimal QTY = new BigDecimal("3");
    private static final int PAGE = 500;
    private static final List<String> WORKING_OR_BEFORE = List.of("held", "pending_new", "new");

    @Test
    void aFilledBracketsLegsAreApprovedByRiskAndCanceledWithTheirEntry(TradingStack stack) {
        GatewayClient gateway = stack.gateway();
        ApiKey trader = stack.traderOf(TradingStack.SCENARIO_ACCOUNT);
        BigDecimal ask = awaitAsk(gateway, trader);
        // marketable: the paper venue fills the entry at once; the exits are 25 % away and never trigger here
        BigDecimal entryLimit = price(ask, "1.02");
        BigDecimal takeProfit = price(ask, "1.25");
        BigDecimal stopPrice = price(ask, "0.75");
        BigDecimal stopLimit = price(ask, "0.74");
        String coid = Orders.clientOrderId("st-bracket");

        ApiResponse placed = gateway.post("/api/orders", trader, GatewayClient.body("symbol", SYMBOL,
                "qty", QTY.toPlainString(), "side", "buy", "type", "limit", "time_in_force", "gtc",
                "limit_price", entryLimit.toPlainString(), "client_order_id", coid, "order_class", "bracket",
                "take_profit", GatewayClient.body("limit_price", takeProfit.toPlainString()),
                // a stop-limit 25 % under the bid: risk collars its limit against its stop, not the bid (it once
                // denied such a stop-loss RISK_PRICE_COLLAR after the entry filled, leaving the position bare)
                "stop_loss", GatewayClient.body("stop_price", stopPrice.toPlainString(),
                        "limit_price", stopLimit.toPlainString())));

        assertThat(placed.status()).as("%s", placed).isIn(200, 202);
        JsonNode answer = placed.requireJson();
        assertThat(answer.path("client_order_id").asString()).isEqualTo(coid);
        assertThat(answer.path("order_class").asString()).isEqualTo("bracket");
        Map<String, JsonNode> answeredLegs = legs(answer);
        assertThat(answeredLegs).as("legs of %s", answer).containsOnlyKeys(coid + "-tp", coid + "-sl");
        assertThat(answeredLegs.values()).allSatisfy(leg -> {
            // held until the entry fills; a quick fill may have released them before the answer
            assertThat(leg.path("status").asString()).as("%s", leg).isIn("held", "pending_new", "new");
            assertThat(leg.path("side").asString()).isEqualTo("sell");
            assertThat(leg.path("order_class").asString()).isEqualTo("bracket");
        });
        assertThat(answeredLegs.get(coid + "-tp").path("type").asString()).isEqualTo("limit");
        assertThat(Orders.decimal(answeredLegs.get(coid + "-tp"), "limit_price")).isEqualByComparingTo(takeProfit);
        assertThat(answeredLegs.get(coid + "-sl").path("type").asString()).isEqualTo("stop_limit");
        assertThat(Orders.decimal(answeredLegs.get(coid + "-sl"), "stop_price")).isEqualByComparingTo(stopPrice);
        String entryId = answer.path("id").asString();

        JsonNode working = await("the entry filled and both legs working at the venue")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> legsNotEnded(order(gateway, trader, entryId), "a leg ended before working"),
                        entry -> "filled".equals(entry.path("status").asString()) && legs(entry).values().stream()
                                .allMatch(leg -> "new".equals(leg.path("status").asString())));
        BigDecimal filled = Orders.decimal(working, "filled_qty");
        assertThat(filled).as("%s", working).isEqualByComparingTo(QTY);
        assertThat(Orders.decimal(working, "filled_avg_price")).isPositive().isLessThanOrEqualTo(entryLimit);
        assertThat(legs(working).values()).allSatisfy(leg -> {
            assertThat(Orders.decimal(leg, "qty")).as("%s", leg).isEqualByComparingTo(filled);
            assertThat(Orders.decimal(leg, "filled_qty")).as("%s", leg).isZero();
        });

        // the real risk service decided the entry and, after its fill, each leg once, for the filled quantity
        Map<String, List<JsonNode>> decisions = decisions(gateway, trader);
        assertThat(decisions.get(coid)).as("risk's decisions of %s", coid).singleElement()
                .satisfies(d -> assertThat(d.path("outcome").asString()).isEqualTo("approved"));
        String entryCorrelation = decisions.get(coid).getFirst().path("correlation_id").asString();
        for (String leg : List.of(coid + "-tp", coid + "-sl")) {
            assertThat(decisions.get(leg)).as("risk's decisions of %s", leg).singleElement().satisfies(d -> {
                assertThat(d.path("outcome").asString()).as("%s", d).isEqualTo("approved");
                assertThat(d.path("side").asString()).isEqualTo("sell");
                assertThat(Orders.decimal(d, "qty")).isEqualByComparingTo(filled);
                assertThat(d.path("correlation_id").asString()).as("released by the entry's fill")
                        .isEqualTo(entryCorrelation);
            });
        }
        assertThat(decisions.get(coid + "-tp").getFirst().path("type").asString()).isEqualTo("limit");
        assertThat(Orders.decimal(decisions.get(coid + "-tp").getFirst(), "limit_price"))
                .isEqualByComparingTo(takeProfit);
        assertThat(decisions.get(coid + "-sl").getFirst().path("type").asString()).isEqualTo("stop_limit");
        assertThat(Orders.decimal(decisions.get(coid + "-sl").getFirst(), "stop_price"))
                .isEqualByComparingTo(stopPrice);

        awaitPositionMatchesTheFills(gateway, trader, coid, filled);

        ApiResponse canceled = gateway.delete("/api/orders/" + entryId, trader);
        assertThat(canceled.status()).as("%s", canceled).isEqualTo(204);
        JsonNode afterCancel = await("both legs canceled with their entry").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> order(gateway, trader, entryId), entry -> legs(entry).values().stream()
                        .allMatch(leg -> "canceled".equals(leg.path("status").asString())));
        assertThat(afterCancel.path("status").asString()).as("%s", afterCancel).isEqualTo("filled");
        assertThat(Orders.decimal(afterCancel, "filled_qty")).isEqualByComparingTo(filled);
        assertThat(legs(afterCancel)).containsOnlyKeys(coid + "-tp", coid + "-sl");
        for (JsonNode leg : legs(afterCancel).values()) {
            JsonNode own = order(gateway, trader, leg.path("id").asString());
            assertThat(own.path("status").asString()).as("%s", own).isEqualTo("canceled");
            assertThat(Orders.decimal(own, "filled_qty")).as("%s", own).isZero();
        }
        // nothing of the group traded after the entry: the position still matches the fills, the entry's included
        awaitPositionMatchesTheFills(gateway, trader, coid, filled);
    }

    @Test
    void aRestingBracketCanceledBeforeItsEntryFillsCancelsItsHeldLegsUnseenByRisk(TradingStack stack) {
        GatewayClient gateway = stack.gateway();
        ApiKey trader = stack.traderOf(TradingStack.SCENARIO_ACCOUNT);
        BigDecimal ask = awaitAsk(gateway, trader);
        // 20 % under the ask: the entry rests, so its legs stay held; the exits lie beyond it
        BigDecimal entryLimit = price(ask, "0.80");
        BigDecimal takeProfit = price(ask, "1.22");
        BigDecimal stopPrice = price(ask, "0.70");
        BigDecimal stopLimit = price(ask, "0.69");
        String coid = Orders.clientOrderId("st-bracket-rest");

        ApiResponse placed = gateway.post("/api/orders", trader, GatewayClient.body("symbol", SYMBOL,
                "qty", "2", "side", "buy", "type", "limit", "time_in_force", "gtc",
                "limit_price", entryLimit.toPlainString(), "client_order_id", coid, "order_class", "bracket",
                "take_profit", GatewayClient.body("limit_price", takeProfit.toPlainString()),
                "stop_loss", GatewayClient.body("stop_price", stopPrice.toPlainString(),
                        "limit_price", stopLimit.toPlainString())));

        assertThat(placed.status()).as("%s", placed).isIn(200, 202);
        String entryId = placed.requireJson().path("id").asString();
        assertThat(legs(placed.requireJson()).values()).as("%s", placed).hasSize(2)
                .allSatisfy(leg -> assertThat(leg.path("status").asString()).isEqualTo("held"));
        JsonNode resting = await("the entry working").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> order(gateway, trader, entryId), entry -> "new".equals(entry.path("status").asString()));
        Map<String, JsonNode> held = legs(resting);
        assertThat(held).containsOnlyKeys(coid + "-tp", coid + "-sl");
        assertThat(held.values()).allSatisfy(leg -> assertThat(leg.path("status").asString()).isEqualTo("held"));
        assertThat(held.get(coid + "-sl").path("type").asString()).isEqualTo("stop_limit");

        ApiResponse canceled = gateway.delete("/api/orders/" + entryId, trader);
        assertThat(canceled.status()).as("%s", canceled).isEqualTo(204);
        JsonNode ended = await("the entry and its legs canceled").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> order(gateway, trader, entryId), entry -> "canceled".equals(entry.path("status").asString())
                        && legs(entry).values().stream().allMatch(leg -> "canceled".equals(leg.path("status").asString())));
        assertThat(Orders.decimal(ended, "filled_qty")).isZero();
        assertThat(legs(ended).values()).hasSize(2)
                .allSatisfy(leg -> assertThat(Orders.decimal(leg, "filled_qty")).as("%s", leg).isZero());

        Map<String, List<JsonNode>> decisions = decisions(gateway, trader);
        assertThat(decisions.get(coid)).as("risk's decisions of %s", coid).singleElement()
                .satisfies(d -> assertThat(d.path("outcome").asString()).isEqualTo("approved"));
        assertThat(decisions).as("risk never asked about the held legs").doesNotContainKeys(coid + "-tp", coid + "-sl");
    }

    /**
     * On a hard-to-borrow symbol without a locate, a sell beyond the position is denied {@code RISK_NO_LOCATE}. A
     * bracket's two exits sell the same shares: paired ({@code ocoWith}), both are approved for the bought quantity.
     * (QQQ: no bot and no other scenario trades it.) The symbol list is restored afterwards.
     */
    @Test
    void aBracketOnAHardToBorrowSymbolGetsBothExitsApprovedWithoutALocate(TradingStack stack) {
        GatewayClient gateway = stack.gateway();
        ApiKey admin = stack.trader();
        ApiKey trader = stack.traderOf(TradingStack.SCENARIO_ACCOUNT);
        String symbol = "QQQ";
        ApiResponse limits = gateway.get("/api/risk/limits", admin);
        assertThat(limits.status()).as("%s", limits).isEqualTo(200);
        String before = limits.requireJson().path("hard_to_borrow_symbols").asString("");
        ApiResponse set = gateway.put("/api/risk/limits", admin, GatewayClient.body("hard_to_borrow_symbols",
                before.isBlank() ? symbol : before + "," + symbol));
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        try {
            BigDecimal ask = await("a quote for " + symbol).atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> Orders.ask(gateway, trader, symbol), price -> price.signum() > 0);
            String coid = Orders.clientOrderId("st-bracket-htb");
            ApiResponse placed = gateway.post("/api/orders", trader, GatewayClient.body("symbol", symbol,
                    "qty", "4", "side", "buy", "type", "limit", "time_in_force", "gtc",
                    "limit_price", price(ask, "1.02").toPlainString(), "client_order_id", coid,
                    "order_class", "bracket",
                    "take_profit", GatewayClient.body("limit_price", price(ask, "1.25").toPlainString()),
                    "stop_loss", GatewayClient.body("stop_price", price(ask, "0.75").toPlainString())));
            assertThat(placed.status()).as("%s", placed).isIn(200, 202);
            String entryId = placed.requireJson().path("id").asString();

            JsonNode working = await("the entry filled and both exits working").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> legsNotEnded(order(gateway, trader, entryId), "an exit was not approved"),
                            entry -> "filled".equals(entry.path("status").asString()) && legs(entry).values().stream()
                                    .allMatch(leg -> "new".equals(leg.path("status").asString())));
            assertThat(legs(working)).containsOnlyKeys(coid + "-tp", coid + "-sl");
            assertThat(legs(working).values()).allSatisfy(leg ->
                    assertThat(Orders.decimal(leg, "qty")).as("%s", leg).isEqualByComparingTo("4"));

            assertThat(gateway.delete("/api/orders/" + entryId, trader).status()).isEqualTo(204);
            await("both exits canceled with their entry").atMost(Duration.ofSeconds(30))
                    .until(() -> legs(order(gateway, trader, entryId)).values().stream()
                            .allMatch(leg -> "canceled".equals(leg.path("status").asString())));
        } finally {
            ApiResponse restored = gateway.put("/api/risk/limits", admin,
                    GatewayClient.body("hard_to_borrow_symbols", before));
            assertThat(restored.status()).as("%s", restored).isEqualTo(200);
        }
    }

    /**
     * Awaits a moment where the account's SPY order list stands still around the portfolio read and the
     * portfolio's SPY position equals the signed sum of every SPY order's filled quantity, the entry's among them.
     */
    private static void awaitPositionMatchesTheFills(GatewayClient gateway, ApiKey trader, String entryCoid,
                                                     BigDecimal entryFilled) {
        await("the " + SYMBOL + " position matches the fills, the entry's included").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                    List<JsonNode> before = symbolOrders(gateway, trader);
                    BigDecimal position = position(gateway, trader);
                    List<JsonNode> after = symbolOrders(gateway, trader);
                    assertThat(after).as("orders changed during the read").isEqualTo(before);
                    assertThat(after).as("the entry among the %s orders", SYMBOL).anySatisfy(order -> {
                        assertThat(order.path("client_order_id").asString()).isEqualTo(entryCoid);
                        assertThat(Orders.decimal(order, "filled_qty")).isEqualByComparingTo(entryFilled);
                    });
                    BigDecimal implied = after.stream().map(order -> "buy".equals(order.path("side").asString())
                                    ? Orders.decimal(order, "filled_qty")
                                    : Orders.decimal(order, "filled_qty").negate())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(position).as("%s position vs the fills of %s orders", SYMBOL, after.size())
                            .isEqualByComparingTo(implied);
                });
    }

    /** The portfolio's signed SPY position, zero when flat (404). */
    private static BigDecimal position(GatewayClient gateway, ApiKey key) {
        ApiResponse response = gateway.get("/api/portfolio/positions/" + SYMBOL, key);
        if (response.status() == 404) {
            return BigDecimal.ZERO;
        }
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return Orders.decimal(response.requireJson(), "qty");
    }

    /**
     * Every SPY order of the caller, newest first: pages of 500 going back with {@code until} (inclusive, so a page
     * overlaps the previous one at its boundary; orders are told apart by id).
     */
    private static List<JsonNode> symbolOrders(GatewayClient gateway, ApiKey key) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        String until = null;
        while (true) {
            ApiResponse response = gateway.get("/api/orders?status=all&symbols=" + SYMBOL + "&direction=desc&limit="
                    + PAGE + (until == null ? "" : "&until=" + until), key);
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            List<JsonNode> page = GatewayClient.elements(response.requireJson());
            int known = byId.size();
            page.forEach(order -> byId.putIfAbsent(order.path("id").asString(), order));
            if (page.size() < PAGE || byId.size() == known) {
                return new ArrayList<>(byId.values());
            }
            until = page.getLast().path("created_at").asString();
        }
    }

    /** Risk's latest SPY decisions of the key's account by client order id. */
    private static Map<String, List<JsonNode>> decisions(GatewayClient gateway, ApiKey key) {
        ApiResponse response = gateway.get("/api/risk/decisions?symbol=" + SYMBOL + "&limit=1000", key);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return GatewayClient.elements(response.requireJson()).stream()
                .collect(Collectors.groupingBy(d -> d.path("client_order_id").asString()));
    }

    /**
     * The group primary, after failing at once (an assertion error, which the await does not ignore) if a leg has
     * gone past {@code new}; the message names each leg's status and reason code, as the one-line CI summary shows it.
     */
    private static JsonNode legsNotEnded(JsonNode primary, String failure) {
        assertThat(legs(primary).values()).as("%s: %s", failure, legStates(primary))
                .allSatisfy(leg -> assertThat(leg.path("status").asString()).isIn(WORKING_OR_BEFORE));
        return primary;
    }

    /** What a failure report needs of a group: the primary's and each leg's status and reason code. */
    private static String legStates(JsonNode primary) {
        return primary.path("client_order_id").asString() + " " + primary.path("status").asString() + " "
                + primary.path("filled_qty").asString() + " filled; " + legs(primary).values().stream()
                .map(leg -> leg.path("client_order_id").asString() + " " + leg.path("status").asString()
                        + (leg.path("reason_code").isMissingNode() || leg.path("reason_code").isNull() ? ""
                                : " " + leg.path("reason_code").asString()))
                .collect(Collectors.joining(", "));
    }

    /** A group primary's nested legs by client order id (empty when it has none). */
    private static Map<String, JsonNode> legs(JsonNode primary) {
        Map<String, JsonNode> legs = new LinkedHashMap<>();
        GatewayClient.elements(primary.path("legs")).forEach(leg -> legs.put(leg.path("client_order_id").asString(), leg));
        return legs;
    }

    private static BigDecimal awaitAsk(GatewayClient gateway, ApiKey key) {
        return await("a quote for " + SYMBOL).atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> Orders.ask(gateway, key, SYMBOL), price -> price.signum() > 0);
    }

    private static BigDecimal price(BigDecimal ask, String factor) {
        return ask.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.DOWN);
    }

    private static JsonNode order(GatewayClient gateway, ApiKey key, String id) {
        ApiResponse response = gateway.get("/api/orders/" + id, key);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.requireJson();
    }
}
