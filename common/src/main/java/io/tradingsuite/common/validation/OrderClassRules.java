package io.tradingsuite.common.validation;

import static io.tradingsuite.common.error.ErrorCode.VALIDATION_EXIT_PRICES;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_FORMAT;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_ORDER_CLASS;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_QUANTITY;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_REQUIRED;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_TIME_IN_FORCE;

import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TimeInForce;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of order classes (Alpaca's, made precise), part of {@link OrderRequestValidator}:
 * <ul>
 * <li>{@code simple}: no {@code take_profit}, no {@code stop_loss}.</li>
 * <li>{@code bracket}: both; {@code oto}: exactly one; {@code oco}: both. {@code take_profit.limit_price} and
 * {@code stop_loss.stop_price} are required in a given object, {@code stop_loss.limit_price} is optional (a stop-limit
 * stop-loss); every price in the asset's tick.</li>
 * <li>bracket / oto entries are {@code market} or {@code limit}; an oco is a {@code limit} order (its
 * {@code limit_price}, when given, must equal {@code take_profit.limit_price}); time in force {@code day} or
 * {@code gtc}; whole quantities only; a chosen {@code client_order_id} leaves room for the legs' suffix
 * ({@value #MAX_CLIENT_ORDER_ID_LENGTH} characters at most).</li>
 * <li>exit prices (code {@code VALIDATION_EXIT_PRICES}): exits that sell (a buy bracket / oto, a sell oco) need
 * {@code take_profit.limit_price > stop_loss.stop_price} and {@code stop_loss.limit_price <= stop_loss.stop_price};
 * exits that buy the reverse. A limit entry must lie strictly between its exits: for a buy entry
 * {@code take_profit.limit_price > limit_price > stop_loss.stop_price}, for a sell entry the reverse.</li>
 * </ul>
 */
final class OrderClassRules {

    /** Longest client order id of a bracket/oco/oto order: room for the legs' {@code -tp} / {@code -sl}. */
    static final int MAX_CLIENT_ORDER_ID_LENGTH = 125;
    private static final Set<TimeInForce> TIFS = Set.of(TimeInForce.DAY, TimeInForce.GTC);
    private static final Set<OrderType> ENTRY_TYPES = Set.of(OrderType.MARKET, OrderType.LIMIT);

    private OrderClassRules() {
    }

    /** Checks {@code draft} against the order's parsed fields (any may be null when it did not parse). */
    static ValidatedOrderClassPart check(List<FieldViolation> violations, OrderClassDraft draft, Quantity qty, Side side,
            OrderType type, TimeInForce tif, Price limit, ClientOrderId clientOrderId, Optional<Asset> asset) {
        OrderClass orderClass = OrderClass.SIMPLE;
        if (draft.orderClass() != null && !draft.orderClass().isBlank()) {
            try {
                orderClass = OrderClass.fromWire(draft.orderClass());
            } catch (IllegalArgumentException e) {
                violations.add(FieldViolation.of("order_class", VALIDATION_FORMAT,
                        "invalid order_class '" + draft.orderClass() + "': expected one of " + OrderClass.wireNames()));
                return null;
            }
        }
        if (orderClass == OrderClass.SIMPLE) {
            if (draft.takeProfit()) {
                violations.add(FieldViolation.of("take_profit", VALIDATION_ORDER_CLASS,
                        "take_profit is only for bracket, oco and oto orders"));
            }
            if (draft.stopLoss()) {
                violations.add(FieldViolation.of("stop_loss", VALIDATION_ORDER_CLASS,
                        "stop_loss is only for bracket, oco and oto orders"));
            }
            return new ValidatedOrderClassPart(OrderClass.SIMPLE, ExitPrices.NONE);
        }
        int before = violations.size();
        String name = orderClass.wire();
        if (orderClass == OrderClass.OTO) {
            if (draft.takeProfit() == draft.stopLoss()) {
                violations.add(draft.takeProfit()
                        ? FieldViolation.of("stop_loss", VALIDATION_ORDER_CLASS,
                                "an oto order has exactly one of take_profit and stop_loss")
                        : FieldViolation.of("take_profit", VALIDATION_REQUIRED,
                                "an oto order needs take_profit or stop_loss"));
            }
        } else {
            if (!draft.takeProfit()) {
                violations.add(FieldViolation.of("take_profit", VALIDATION_REQUIRED,
                        "take_profit is required for " + name + " orders"));
            }
            if (!draft.stopLoss()) {
                violations.add(FieldViolation.of("stop_loss", VALIDATION_REQUIRED,
                        "stop_loss is required for " + name + " orders"));
            }
        }
        Price takeProfit = draft.takeProfit()
                ? price(violations, "take_profit.limit_price", draft.takeProfitLimitPrice(), true, asset) : null;
        Price stop = draft.stopLoss()
                ? price(violations, "stop_loss.stop_price", draft.stopLossStopPrice(), true, asset) : null;
        Price stopLimit = draft.stopLoss()
                ? price(violations, "stop_loss.limit_price", draft.stopLossLimitPrice(), false, asset) : null;
        if (type != null) {
            if (orderClass == OrderClass.OCO && type != OrderType.LIMIT) {
                violations.add(FieldViolation.of("type", VALIDATION_ORDER_CLASS, "an oco order is a limit order"));
            } else if (orderClass.hasEntry() && !ENTRY_TYPES.contains(type)) {
                violations.add(FieldViolation.of("type", VALIDATION_ORDER_CLASS,
                        "the entry of a " + name + " order is market or limit"));
            }
        }
        if (tif != null && !TIFS.contains(tif)) {
            violations.add(FieldViolation.of("time_in_force", VALIDATION_TIME_IN_FORCE,
                    name + " orders allow only day or gtc"));
        }
        if (qty != null && qty.isPositive() && !qty.isWhole()) {
            violations.add(FieldViolation.of("qty", VALIDATION_QUANTITY, name + " orders need a whole qty"));
        }
        if (clientOrderId != null && clientOrderId.value().length() > MAX_CLIENT_ORDER_ID_LENGTH) {
            violations.add(FieldViolation.of("client_order_id", VALIDATION_FORMAT, "client_order_id of a " + name
                    + " order has at most " + MAX_CLIENT_ORDER_ID_LENGTH + " characters (its legs add -tp / -sl)"));
        }
        if (orderClass == OrderClass.OCO && limit != null && takeProfit != null && limit.compareTo(takeProfit) != 0) {
            violations.add(FieldViolation.of("limit_price", VALIDATION_ORDER_CLASS,
                    "the limit_price of an oco order is its take_profit.limit_price"));
        }
        if (side != null) {
            Side exitSide = orderClass == OrderClass.OCO ? side : side.opposite();
            violations.addAll(new ExitPrices(takeProfit, stop, stopLimit).check(exitSide));
            if (orderClass.hasEntry() && limit != null) {
                checkEntryBetweenExits(violations, side, limit, takeProfit, stop);
            }
        }
        if (violations.size() > before) {
            return null;
        }
        return new ValidatedOrderClassPart(orderClass, new ExitPrices(takeProfit, stop, stopLimit));
    }

    private static void checkEntryBetweenExits(List<FieldViolation> violations, Side entrySide, Price limit,
            Price takeProfit, Price stop) {
        boolean buying = entrySide == Side.BUY;
        if (takeProfit != null && (buying ? !takeProfit.isAbove(limit) : !takeProfit.isBelow(limit))) {
            violations.add(FieldViolation.of("take_profit.limit_price", VALIDATION_EXIT_PRICES,
                    "take_profit.limit_price " + takeProfit + " must be " + (buying ? "above" : "below")
                            + " the entry's limit_price " + limit));
        }
        if (stop != null && (buying ? !stop.isBelow(limit) : !stop.isAbove(limit))) {
            violations.add(FieldViolation.of("stop_loss.stop_price", VALIDATION_EXIT_PRICES,
                    "stop_loss.stop_price " + stop + " must be " + (buying ? "below" : "above")
                            + " the entry's limit_price " + limit));
        }
    }

    private static Price price(List<FieldViolation> violations, String field, String text, boolean required,
            Optional<Asset> asset) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(FieldViolation.of(field, VALIDATION_REQUIRED, field + " is required"));
            }
            return null;
        }
        try {
            Price price = Price.of(text.trim());
            OrderRequestValidator.checkIncrement(violations, field, price, asset);
            return price;
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(field, VALIDATION_FORMAT, "invalid " + field + " '"
                    + (text.length() <= 40 ? text : text.substring(0, 40) + "...")
                    + "': expected a positive decimal number such as 187.25"));
            return null;
        }
    }

    /** The class and its exit prices. */
    record ValidatedOrderClassPart(OrderClass orderClass, ExitPrices exits) {
    }
}
