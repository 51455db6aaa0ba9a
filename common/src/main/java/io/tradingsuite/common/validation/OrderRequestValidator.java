package io.tradingsuite.common.validation;

import static io.tradingsuite.common.error.ErrorCode.VALIDATION_FORMAT;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_NOT_TRADABLE;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_PRICE_COMBINATION;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_PRICE_SCALE;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_QUANTITY;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_REQUIRED;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_TIME_IN_FORCE;
import static io.tradingsuite.common.error.ErrorCode.VALIDATION_UNKNOWN_SYMBOL;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one validator of order requests, used on the REST path ({@link #validate(OrderDraft)}, from text) and on the
 * Kafka path ({@link #check(OrderTicket)}, already typed), so both paths accept and refuse exactly the same orders.
 *
 * <p>Rules: symbol well-formed, in the asset master and tradable; quantity positive, at most
 * {@code maxQuantity}, at most {@value Quantity#MAX_SCALE} decimals, whole lots unless the asset is fractionable,
 * fractional only for market/limit day orders; limit price required exactly for limit/stop_limit and stop price
 * exactly for stop/stop_limit; prices of $1 or more in the asset's tick (default 0.01), below $1 at most 4
 * decimals; {@code opg}/{@code cls} only for market and limit orders, stop and trailing stop orders only
 * {@code day}/{@code gtc}; a trailing stop needs exactly one of {@code trail_price} (positive, in the tick) and
 * {@code trail_percent} (above 0, at most {@value #MAX_TRAIL_PERCENT_TEXT}, at most 4 decimals), and no limit or stop
 * price; no other type may carry a trail. Order classes (bracket, oco, oto) follow {@link OrderClassRules}.
 */
public final class OrderRequestValidator {

    /** Default largest quantity of one order. */
    public static final BigDecimal DEFAULT_MAX_QUANTITY = new BigDecimal("1000000");

    private static final BigDecimal ONE_DOLLAR = BigDecimal.ONE;
    private static final BigDecimal SUB_DOLLAR_TICK = new BigDecimal("0.0001");
    private static final Set<OrderType> AUCTION_TYPES = Set.of(OrderType.MARKET, OrderType.LIMIT);
    private static final Set<TimeInForce> STOP_TIFS = Set.of(TimeInForce.DAY, TimeInForce.GTC);
    static final String MAX_TRAIL_PERCENT_TEXT = "50";
    private static final BigDecimal MAX_TRAIL_PERCENT = new BigDecimal(MAX_TRAIL_PERCENT_TEXT);

    private final AssetLookup assets;
    private final BigDecimal maxQuantity;

    public OrderRequestValidator(AssetLookup assets) {
        this(assets, DEFAULT_MAX_QUANTITY);
    }

    public OrderRequestValidator(AssetLookup assets, BigDecimal maxQuantity) {
        this.assets = Objects.requireNonNull(assets, "assets");
        this.maxQuantity = Objects.requireNonNull(maxQuantity, "maxQuantity");
    }

    /** Parses and checks a draft; throws {@link ValidationException} listing every violation. */
    public ValidatedOrder validate(OrderDraft draft) {
        return validate(draft, OrderClassDraft.SIMPLE).order();
    }

    /**
     * Parses and checks a draft with its order class ({@link OrderClassRules}: bracket, oco, oto with their
     * take-profit / stop-loss prices); throws {@link ValidationException} listing every violation of both.
     */
    public ValidatedClassOrder validate(OrderDraft draft, OrderClassDraft classDraft) {
        List<FieldViolation> violations = new ArrayList<>();
        Symbol symbol = parse(violations, "symbol", draft.symbol(),
                s -> Symbol.of(s.trim().toUpperCase(Locale.ROOT)), "a ticker such as AAPL");
        Quantity qty = parse(violations, "qty", draft.qty(), Quantity::of, "a decimal number such as 10 or 0.5");
        Side side = parse(violations, "side", draft.side(), Side::fromWire, "one of " + Side.wireNames());
        OrderType type = parse(violations, "type", draft.type(), OrderType::fromWire, "one of " + OrderType.wireNames());
        TimeInForce tif = parse(violations, "time_in_force", draft.timeInForce(), TimeInForce::fromWire,
                "one of " + TimeInForce.wireNames());
        Price limit = parseOptional(violations, "limit_price", draft.limitPrice());
        Price stop = parseOptional(violations, "stop_price", draft.stopPrice());
        Price trailPrice = parseOptional(violations, "trail_price", draft.trailPrice());
        BigDecimal trailPercent = null;
        if (draft.trailPercent() != null && !draft.trailPercent().isBlank()) {
            trailPercent = parse(violations, "trail_percent", draft.trailPercent(), t -> new BigDecimal(t.trim()),
                    "a decimal number such as 2.5");
        }
        ClientOrderId clientOrderId = null;
        if (draft.clientOrderId() != null && !draft.clientOrderId().isBlank()) {
            clientOrderId = parse(violations, "client_order_id", draft.clientOrderId(), ClientOrderId::of,
                    "at most 128 characters of letters, digits and _ . : -");
        }
        violations.addAll(semantic(symbol, qty, side, type, tif, limit, stop,
                missingOrInvalid(draft.limitPrice(), limit), missingOrInvalid(draft.stopPrice(), stop)));
        if (type != null) {
            checkTrail(violations, type, trailPrice, trailPercent, missingOrInvalid(draft.trailPrice(), trailPrice)
                    || (draft.trailPercent() != null && !draft.trailPercent().isBlank() && trailPercent == null),
                    symbol == null ? Optional.empty() : assets.find(symbol));
        }
        OrderClassRules.ValidatedOrderClassPart orderClass = OrderClassRules.check(violations, classDraft, qty, side,
                type, tif, limit, clientOrderId, symbol == null ? Optional.empty() : assets.find(symbol));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new ValidatedClassOrder(
                new ValidatedOrder(symbol, qty, side, type, tif, limit, stop, clientOrderId, trailPrice, trailPercent),
                orderClass.orderClass(), orderClass.exits());
    }

    /** Checks an already-typed ticket (Kafka path); an empty list means valid. */
    public List<FieldViolation> check(OrderTicket ticket) {
        List<FieldViolation> violations = semantic(ticket.symbol(), ticket.quantity(), ticket.side(), ticket.type(),
                ticket.timeInForce(), ticket.limitPrice(), ticket.stopPrice(), false, false);
        checkTrail(violations, ticket.type(), ticket.trailPrice(), ticket.trailPercent(), false,
                assets.find(ticket.symbol()));
        return violations;
    }

    private static void checkTrail(List<FieldViolation> violations, OrderType type, Price trailPrice,
            BigDecimal trailPercent, boolean unparsable, Optional<Asset> asset) {
        if (type != OrderType.TRAILING_STOP) {
            if (trailPrice != null) {
                violations.add(FieldViolation.of("trail_price", VALIDATION_PRICE_COMBINATION,
                        "trail_price is only for trailing_stop orders"));
            }
            if (trailPercent != null) {
                violations.add(FieldViolation.of("trail_percent", VALIDATION_PRICE_COMBINATION,
                        "trail_percent is only for trailing_stop orders"));
            }
            return;
        }
        if (trailPrice == null && trailPercent == null) {
            if (!unparsable) {
                violations.add(FieldViolation.of("trail_price", VALIDATION_REQUIRED,
                        "trailing_stop orders need trail_price or trail_percent"));
            }
            return;
        }
        if (trailPrice != null && trailPercent != null) {
            violations.add(FieldViolation.of("trail_percent", VALIDATION_PRICE_COMBINATION,
                    "give either trail_price or trail_percent, not both"));
            return;
        }
        if (trailPrice != null) {
            checkIncrement(violations, "trail_price", trailPrice, asset);
        } else if (trailPercent.signum() <= 0 || trailPercent.compareTo(MAX_TRAIL_PERCENT) > 0
                || trailPercent.stripTrailingZeros().scale() > 4) {
            violations.add(FieldViolation.of("trail_percent", VALIDATION_PRICE_COMBINATION,
                    "trail_percent must be above 0 and at most " + MAX_TRAIL_PERCENT_TEXT + " with at most 4 decimals"));
        }
    }

    private static boolean missingOrInvalid(String text, Price parsed) {
        return text != null && !text.isBlank() && parsed == null;
    }

    private List<FieldViolation> semantic(Symbol symbol, Quantity qty, Side side, OrderType type, TimeInForce tif,
            Price limit, Price stop, boolean limitUnparsable, boolean stopUnparsable) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Asset> asset = Optional.empty();
        if (symbol != null) {
            asset = assets.find(symbol);
            if (asset.isEmpty()) {
                violations.add(FieldViolation.of("symbol", VALIDATION_UNKNOWN_SYMBOL, "unknown symbol " + symbol));
            } else if (!asset.get().tradable()) {
                violations.add(FieldViolation.of("symbol", VALIDATION_NOT_TRADABLE, symbol + " is not tradable"));
            }
        }
        boolean fractional = qty != null && !qty.isWhole();
        if (qty != null) {
            checkQuantity(violations, qty, type, tif, asset);
        }
        if (type != null) {
            checkPrices(violations, type, limit, stop, limitUnparsable, stopUnparsable);
        }
        for (var named : List.of(new NamedPrice("limit_price", limit), new NamedPrice("stop_price", stop))) {
            if (named.price() != null) {
                checkIncrement(violations, named.field(), named.price(), asset);
            }
        }
        if (type != null && tif != null) {
            checkTimeInForce(violations, type, tif, fractional);
        }
        return violations;
    }

    private record NamedPrice(String field, Price price) {
    }

    private void checkQuantity(List<FieldViolation> violations, Quantity qty, OrderType type, TimeInForce tif,
            Optional<Asset> asset) {
        if (!qty.isPositive()) {
            violations.add(FieldViolation.of("qty", VALIDATION_QUANTITY, "qty must be positive"));
            return;
        }
        if (qty.value().compareTo(maxQuantity) > 0) {
            violations.add(FieldViolation.of("qty", VALIDATION_QUANTITY,
                    "qty must be at most " + maxQuantity.toPlainString()));
        }
        boolean fractionable = asset.map(Asset::fractionable).orElse(false);
        if (!qty.isWhole()) {
            if (!fractionable) {
                violations.add(FieldViolation.of("qty", VALIDATION_QUANTITY, "fractional qty is not allowed for this asset"));
            } else if (type != null && type != OrderType.MARKET && type != OrderType.LIMIT) {
                violations.add(FieldViolation.of("qty", VALIDATION_QUANTITY,
                        "fractional qty is only allowed for market and limit orders"));
            }
        } else if (asset.isPresent()) {
            BigDecimal lot = asset.get().lotSize().value();
            if (qty.value().remainder(lot).signum() != 0) {
                violations.add(FieldViolation.of("qty", VALIDATION_QUANTITY,
                        "qty must be a multiple of the lot size " + lot.toPlainString()));
            }
        }
    }

    private static void checkPrices(List<FieldViolation> violations, OrderType type, Price limit, Price stop,
            boolean limitUnparsable, boolean stopUnparsable) {
        if (type.requiresLimitPrice() && limit == null && !limitUnparsable) {
            violations.add(FieldViolation.of("limit_price", VALIDATION_REQUIRED, "limit_price is required for " + type.wire() + " orders"));
        }
        if (!type.requiresLimitPrice() && limit != null) {
            violations.add(FieldViolation.of("limit_price", VALIDATION_PRICE_COMBINATION,
                    "limit_price must not be given for " + type.wire() + " orders"));
        }
        if (type.requiresStopPrice() && stop == null && !stopUnparsable) {
            violations.add(FieldViolation.of("stop_price", VALIDATION_REQUIRED, "stop_price is required for " + type.wire() + " orders"));
        }
        if (!type.requiresStopPrice() && stop != null) {
            violations.add(FieldViolation.of("stop_price", VALIDATION_PRICE_COMBINATION,
                    "stop_price must not be given for " + type.wire() + " orders"));
        }
    }

    static void checkIncrement(List<FieldViolation> violations, String field, Price price, Optional<Asset> asset) {
        BigDecimal tick = price.value().compareTo(ONE_DOLLAR) >= 0
                ? asset.map(a -> a.tickSize().value()).orElse(new BigDecimal("0.01"))
                : SUB_DOLLAR_TICK;
        if (!price.isMultipleOf(tick)) {
            violations.add(FieldViolation.of(field, VALIDATION_PRICE_SCALE,
                    field + " " + price + " is not a multiple of the tick " + tick.toPlainString()));
        }
    }

    private static void checkTimeInForce(List<FieldViolation> violations, OrderType type, TimeInForce tif, boolean fractional) {
        if ((tif == TimeInForce.OPG || tif == TimeInForce.CLS) && !AUCTION_TYPES.contains(type)) {
            violations.add(FieldViolation.of("time_in_force", VALIDATION_TIME_IN_FORCE,
                    tif.wire() + " is only allowed for market and limit orders"));
        }
        if ((type.requiresStopPrice() || type == OrderType.TRAILING_STOP) && !STOP_TIFS.contains(tif)) {
            violations.add(FieldViolation.of("time_in_force", VALIDATION_TIME_IN_FORCE,
                    type.wire() + " orders allow only day or gtc"));
        }
        if (fractional && tif != TimeInForce.DAY) {
            violations.add(FieldViolation.of("time_in_force", VALIDATION_TIME_IN_FORCE, "fractional orders allow only day"));
        }
    }

    private static <T> T parse(List<FieldViolation> violations, String field, String text, Function<String, T> parser,
            String expected) {
        if (text == null || text.isBlank()) {
            violations.add(FieldViolation.of(field, VALIDATION_REQUIRED, field + " is required"));
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(field, VALIDATION_FORMAT, "invalid " + field + " '" + abbreviate(text) + "': expected " + expected));
            return null;
        }
    }

    private static Price parseOptional(List<FieldViolation> violations, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Price.of(text.trim());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(field, VALIDATION_FORMAT,
                    "invalid " + field + " '" + abbreviate(text) + "': expected a positive decimal number such as 187.25"));
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
