package io.tradingsuite.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderRequestValidatorTest {

    private static final Map<Symbol, Asset> ASSETS = Map.of(
            Symbol.of("AAPL"), new Asset(Symbol.of("AAPL"), "Apple Inc.", "us_equity", "NASDAQ", true, true, true, Quantity.of(1), Price.of("0.01")),
            Symbol.of("HALT"), new Asset(Symbol.of("HALT"), "Halted Corp.", "us_equity", "NYSE", false, false, false, Quantity.of(1), Price.of("0.01")),
            Symbol.of("LOTS"), new Asset(Symbol.of("LOTS"), "Lots Inc.", "us_equity", "NYSE", true, false, false, Quantity.of(100), Price.of("0.05")));

    private final OrderRequestValidator validator = new OrderRequestValidator(s -> Optional.ofNullable(ASSETS.get(s)));

    private static OrderDraft draft(String symbol, String qty, String side, String type, String tif, String limit, String stop) {
        return new OrderDraft(symbol, qty, side, type, tif, limit, stop, null);
    }

    private List<FieldViolation> violationsOf(OrderDraft draft) {
        try {
            validator.validate(draft);
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }

    @Test
    void aValidLimitOrderParsesIntoExactTypes() {
        ValidatedOrder order = validator.validate(new OrderDraft("aapl", "10", "buy", "limit", "day", "187.25", null, "my-id-1"));
        assertThat(order.symbol()).isEqualTo(Symbol.of("AAPL"));
        assertThat(order.limitPrice()).isEqualTo(Price.of("187.25"));
        assertThat(order.clientOrderId()).isEqualTo(ClientOrderId.of("my-id-1"));
    }

    @Test
    void everyMalformedFieldIsReportedAtOnce() {
        List<FieldViolation> violations = violationsOf(draft("AAPL", "-5", "bananas", "limit", "day", null, null));
        assertThat(violations).extracting(FieldViolation::field).containsExactlyInAnyOrder("qty", "side", "limit_price");
        assertThat(violations).extracting(FieldViolation::code)
                .containsExactlyInAnyOrder("VALIDATION_QUANTITY", "VALIDATION_FORMAT", "VALIDATION_REQUIRED");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(violationsOf(draft(null, null, null, null, null, null, null)))
                .extracting(FieldViolation::field).containsExactlyInAnyOrder("symbol", "qty", "side", "type", "time_in_force");
    }

    @Test
    void symbolsMustExistAndBeTradable() {
        assertThat(violationsOf(draft("ZZZZ", "1", "buy", "market", "day", null, null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_UNKNOWN_SYMBOL");
        assertThat(violationsOf(draft("HALT", "1", "buy", "market", "day", null, null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_NOT_TRADABLE");
        assertThat(violationsOf(draft("not a symbol", "1", "buy", "market", "day", null, null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_FORMAT");
    }

    @Test
    void quantityBoundsAndLots() {
        assertThat(violationsOf(draft("AAPL", "1000000", "buy", "market", "day", null, null))).isEmpty();
        assertThat(violationsOf(draft("AAPL", "1000001", "buy", "market", "day", null, null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_QUANTITY");
        assertThat(violationsOf(draft("LOTS", "150", "buy", "market", "day", null, null)))
                .extracting(FieldViolation::message).singleElement().asString().contains("lot size 100");
        assertThat(violationsOf(draft("LOTS", "0.5", "buy", "market", "day", null, null)))
                .extracting(FieldViolation::message).singleElement().asString().contains("fractional");
        assertThat(violationsOf(draft("AAPL", "0.5", "buy", "market", "day", null, null))).isEmpty();
        assertThat(violationsOf(draft("AAPL", "0.5", "buy", "market", "gtc", null, null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_TIME_IN_FORCE");
    }

    @Test
    void typeAndPriceCombinations() {
        assertThat(violationsOf(draft("AAPL", "1", "buy", "market", "day", "10.00", null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_PRICE_COMBINATION");
        assertThat(violationsOf(draft("AAPL", "1", "buy", "stop_limit", "day", "10.00", null)))
                .extracting(FieldViolation::field).containsExactly("stop_price");
        assertThat(violationsOf(draft("AAPL", "1", "buy", "stop", "day", null, "10.00"))).isEmpty();
        assertThat(violationsOf(draft("AAPL", "1", "buy", "trailing_stop", "day", null, null)))
                .extracting(FieldViolation::field).containsExactly("trail_price");
    }

    private static OrderDraft trailing(String tif, String limit, String trailPrice, String trailPercent) {
        return new OrderDraft("AAPL", "1", "sell", "trailing_stop", tif, limit, null, null, trailPrice, trailPercent);
    }

    @Test
    void aTrailingStopTrailsByExactlyOneOfAPriceAndAPercent() {
        assertThat(violationsOf(trailing("day", null, "1.50", null))).isEmpty();
        assertThat(violationsOf(trailing("gtc", null, null, "2.5"))).isEmpty();
        assertThat(violationsOf(trailing("day", null, "1.50", "2.5")))
                .extracting(FieldViolation::field).containsExactly("trail_percent");
        assertThat(violationsOf(trailing("day", null, "1.505", null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_PRICE_SCALE");
        assertThat(violationsOf(trailing("day", null, null, "50.01")))
                .extracting(FieldViolation::field).containsExactly("trail_percent");
        assertThat(violationsOf(trailing("day", null, null, "0"))).extracting(FieldViolation::field)
                .containsExactly("trail_percent");
        assertThat(violationsOf(trailing("day", null, null, "abc"))).extracting(FieldViolation::code)
                .containsExactly("VALIDATION_FORMAT");
        assertThat(violationsOf(trailing("ioc", null, "1.00", null))).extracting(FieldViolation::field)
                .containsExactly("time_in_force");
        assertThat(violationsOf(trailing("day", "10.00", "1.00", null))).extracting(FieldViolation::field)
                .containsExactly("limit_price");
        assertThat(violationsOf(new OrderDraft("AAPL", "1", "sell", "limit", "day", "10.00", null, null, "1.00", null)))
                .extracting(FieldViolation::field).containsExactly("trail_price");
    }

    @Test
    void theKafkaPathChecksTheTrailToo() {
        OrderTicket noTrail = new OrderTicket(ClientOrderId.of("t-1"), Symbol.of("AAPL"), Side.SELL,
                OrderType.TRAILING_STOP, TimeInForce.DAY, Quantity.of(1), null, null, OrderSource.MANUAL, null);
        OrderTicket withTrail = new OrderTicket(ClientOrderId.of("t-2"), Symbol.of("AAPL"), Side.SELL,
                OrderType.TRAILING_STOP, TimeInForce.DAY, Quantity.of(1), null, null, OrderSource.MANUAL, null, null,
                new BigDecimal("1.5"));

        assertThat(validator.check(noTrail)).extracting(FieldViolation::field).containsExactly("trail_price");
        assertThat(validator.check(withTrail)).isEmpty();
    }

    @Test
    void pricesRespectTheTick() {
        assertThat(violationsOf(draft("AAPL", "1", "buy", "limit", "day", "187.255", null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_PRICE_SCALE");
        assertThat(violationsOf(draft("LOTS", "100", "buy", "limit", "day", "10.03", null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_PRICE_SCALE");
        assertThat(violationsOf(draft("AAPL", "1", "buy", "limit", "day", "0.1234", null))).isEmpty();
        assertThat(violationsOf(draft("AAPL", "1", "buy", "limit", "day", "0.12345", null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_PRICE_SCALE");
        assertThat(violationsOf(draft("AAPL", "1", "buy", "limit", "day", "abc", null)))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_FORMAT");
    }

    @Test
    void timeInForceRules() {
        assertThat(violationsOf(draft("AAPL", "1", "buy", "stop", "opg", null, "10.00")))
                .extracting(FieldViolation::code).contains("VALIDATION_TIME_IN_FORCE");
        assertThat(violationsOf(draft("AAPL", "1", "buy", "stop", "ioc", null, "10.00")))
                .extracting(FieldViolation::code).containsExactly("VALIDATION_TIME_IN_FORCE");
        assertThat(violationsOf(draft("AAPL", "1", "buy", "limit", "cls", "10.00", null))).isEmpty();
    }

    @Test
    void theKafkaPathAppliesTheSameRulesToTypedTickets() {
        OrderTicket offTick = new OrderTicket(ClientOrderId.of("c1"), Symbol.of("AAPL"), Side.BUY, OrderType.LIMIT,
                TimeInForce.DAY, Quantity.of(1), Price.of("187.255"), null, OrderSource.BOT, null);
        assertThat(validator.check(offTick)).extracting(FieldViolation::code).containsExactly("VALIDATION_PRICE_SCALE");
        OrderTicket noLimit = new OrderTicket(ClientOrderId.of("c2"), Symbol.of("HALT"), Side.BUY, OrderType.LIMIT,
                TimeInForce.DAY, Quantity.of(1), null, null, OrderSource.BOT, null);
        assertThat(validator.check(noLimit)).extracting(FieldViolation::code)
                .containsExactlyInAnyOrder("VALIDATION_NOT_TRADABLE", "VALIDATION_REQUIRED");
        assertThatThrownBy(() -> validator.validate(draft("HALT", "1", "buy", "limit", "day", null, null)))
                .isInstanceOf(ValidationException.class);
    }
}
