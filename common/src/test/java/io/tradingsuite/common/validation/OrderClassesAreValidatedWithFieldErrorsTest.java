package io.tradingsuite.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderClassesAreValidatedWithFieldErrorsTest {

    private static final Asset AAPL = new Asset(Symbol.of("AAPL"), "Apple Inc.", "us_equity", "NASDAQ", true, true,
            true, Quantity.of(1), Price.of("0.01"));
    private final OrderRequestValidator validator = new OrderRequestValidator(
            s -> s.equals(AAPL.symbol()) ? Optional.of(AAPL) : Optional.empty());

    private static OrderDraft order(String side, String type, String tif, String limit) {
        return new OrderDraft("AAPL", "10", side, type, tif, limit, null, null);
    }

    private static OrderClassDraft bracket(String takeProfit, String stop, String stopLimit) {
        return new OrderClassDraft("bracket", true, takeProfit, true, stop, stopLimit);
    }

    private List<FieldViolation> violationsOf(OrderDraft draft, OrderClassDraft classDraft) {
        try {
            validator.validate(draft, classDraft);
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }

    @Test
    void aBuyBracketWithTheTakeProfitAboveTheStopIsValid() {
        ValidatedClassOrder valid = validator.validate(order("buy", "limit", "gtc", "100.00"),
                bracket("110.00", "95.00", "94.50"));

        assertThat(valid.orderClass()).isEqualTo(OrderClass.BRACKET);
        assertThat(valid.exits()).isEqualTo(new ExitPrices(Price.of("110.00"), Price.of("95.00"), Price.of("94.50")));
        assertThat(valid.order().limitPrice()).isEqualTo(Price.of("100.00"));
    }

    @Test
    void aBuyBracketWhoseTakeProfitIsNotAboveItsStopIsRefusedOnTheTakeProfit() {
        assertThat(violationsOf(order("buy", "market", "day", null), bracket("95.00", "95.00", null)))
                .containsExactly(new FieldViolation("take_profit.limit_price", "VALIDATION_EXIT_PRICES",
                        "take_profit.limit_price 95.00 must be above stop_loss.stop_price 95.00 for sell exits"));
    }

    @Test
    void aSellBracketNeedsTheTakeProfitBelowTheStop() {
        assertThat(violationsOf(order("sell", "market", "day", null), bracket("110.00", "95.00", null)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("take_profit.limit_price", "VALIDATION_EXIT_PRICES"));
        assertThat(violationsOf(order("sell", "market", "day", null), bracket("95.00", "110.00", null))).isEmpty();
    }

    @Test
    void aLimitEntryMustLieBetweenItsExits() {
        assertThat(violationsOf(order("buy", "limit", "day", "120.00"), bracket("110.00", "125.00", null)))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("take_profit.limit_price", "take_profit.limit_price", "stop_loss.stop_price");
    }

    @Test
    void aStopLimitStopLossMayNotLimitAboveItsStopWhenSelling() {
        assertThat(violationsOf(order("buy", "market", "day", null), bracket("110.00", "95.00", "96.00")))
                .extracting(FieldViolation::field).containsExactly("stop_loss.limit_price");
    }

    @Test
    void missingPartsWrongTypesAndTimesInForceAreReportedTogetherWithTheOrdersOwnErrors() {
        OrderDraft draft = new OrderDraft("AAPL", "-1", "buy", "stop", "ioc", null, "99.00", null);
        List<FieldViolation> violations = violationsOf(draft,
                new OrderClassDraft("bracket", true, null, false, null, null));

        assertThat(violations).extracting(FieldViolation::field, FieldViolation::code).contains(
                org.assertj.core.groups.Tuple.tuple("qty", "VALIDATION_QUANTITY"),
                org.assertj.core.groups.Tuple.tuple("stop_loss", "VALIDATION_REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("take_profit.limit_price", "VALIDATION_REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("type", "VALIDATION_ORDER_CLASS"),
                org.assertj.core.groups.Tuple.tuple("time_in_force", "VALIDATION_TIME_IN_FORCE"));
    }

    @Test
    void anOtoHasExactlyOneExit() {
        assertThat(violationsOf(order("buy", "market", "day", null),
                new OrderClassDraft("oto", true, "110.00", true, "95.00", null)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stop_loss", "VALIDATION_ORDER_CLASS"));
        assertThat(violationsOf(order("buy", "market", "day", null),
                new OrderClassDraft("oto", false, null, false, null, null)))
                .extracting(FieldViolation::field).containsExactly("take_profit");
        ValidatedClassOrder oto = validator.validate(order("buy", "market", "day", null),
                new OrderClassDraft("oto", false, null, true, "95.00", null));
        assertThat(oto.exits()).isEqualTo(new ExitPrices(null, Price.of("95.00"), null));
    }

    @Test
    void anOcoIsALimitOrderAtItsTakeProfitWithExitsOnItsOwnSide() {
        OrderClassDraft oco = new OrderClassDraft("oco", true, "110.00", true, "95.00", null);
        assertThat(violationsOf(order("sell", "limit", "gtc", "110.00"), oco)).isEmpty();
        assertThat(violationsOf(order("sell", "market", "gtc", null), oco))
                .extracting(FieldViolation::field).containsExactly("type");
        assertThat(violationsOf(order("sell", "limit", "gtc", "111.00"), oco))
                .extracting(FieldViolation::field).containsExactly("limit_price");
        assertThat(violationsOf(order("buy", "limit", "gtc", "110.00"), oco))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("take_profit.limit_price", "VALIDATION_EXIT_PRICES"));
    }

    @Test
    void aSimpleOrderCarriesNoExitsAndAnUnknownClassIsAFormatError() {
        assertThat(violationsOf(order("buy", "market", "day", null),
                new OrderClassDraft(null, true, "110.00", false, null, null)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("take_profit", "VALIDATION_ORDER_CLASS"));
        assertThat(violationsOf(order("buy", "market", "day", null),
                new OrderClassDraft("triangle", false, null, false, null, null)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order_class", "VALIDATION_FORMAT"));
    }

    @Test
    void exitPricesAreInTheTickAndBracketsAreWholeShares() {
        OrderDraft fractional = new OrderDraft("AAPL", "1.5", "buy", "market", "day", null, null, null);
        assertThat(violationsOf(fractional, bracket("110.005", "95.00", null)))
                .extracting(FieldViolation::field, FieldViolation::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("qty", "VALIDATION_QUANTITY"),
                        org.assertj.core.groups.Tuple.tuple("take_profit.limit_price", "VALIDATION_PRICE_SCALE"));
    }
}
