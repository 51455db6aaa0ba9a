package io.tradingsuite.core.risk;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import io.tradingsuite.common.types.Symbol;

/**
 * The limits the policies check against; {@code version} is stamped on every decision. Every limit has a stable
 * snake_case name (the REST field and the key in {@code RiskLimitsChanged.limits}); see {@link #toMap()} and
 * {@link #withChanges(Map, long)}. All limits are inclusive: exactly at the limit is accepted.
 *
 * @param minOrderQuantity              {@value #MIN_ORDER_QUANTITY}: smallest quantity of one order
 * @param maxOrderQuantity              {@value #MAX_ORDER_QUANTITY}: largest quantity of one order
 * @param maxOrderNotional              {@value #MAX_ORDER_NOTIONAL}: largest quantity x reference price of one order
 * @param priceCollarBps                {@value #PRICE_COLLAR_BPS}: how far a limit price may be through the quote
 * @param maxQuoteAge                   {@value #MAX_QUOTE_AGE}: oldest acceptable reference quote
 * @param maxPositionPerSymbol          {@value #MAX_POSITION_PER_SYMBOL}: largest absolute position of one symbol
 * @param maxConcentrationPct           {@value #MAX_CONCENTRATION_PCT}: largest value of one symbol's position, % of equity
 * @param maxGrossExposure              {@value #MAX_GROSS_EXPOSURE}: largest sum of absolute position values
 * @param maxNetExposure                {@value #MAX_NET_EXPOSURE}: largest absolute sum of signed position values
 * @param maxDailyLoss                  {@value #MAX_DAILY_LOSS}: largest loss of equity since the start of the day
 * @param maxDrawdownPct                {@value #MAX_DRAWDOWN_PCT}: largest fall from the equity high-water mark, %
 * @param maxOrdersPerSecondPerAccount  {@value #MAX_ORDERS_PER_SECOND_PER_ACCOUNT}: approvals per sliding second per account
 * @param maxOrdersPerSecondPerBot      {@value #MAX_ORDERS_PER_SECOND_PER_BOT}: approvals per sliding second per bot
 * @param duplicateWindow               {@value #DUPLICATE_WINDOW}: how long an identical approved order blocks a repeat (0 = off)
 * @param restrictedSymbols             {@value #RESTRICTED_SYMBOLS}: symbols nobody may trade (restricted list; default none)
 * @param hardToBorrowSymbols           {@value #HARD_TO_BORROW_SYMBOLS}: symbols whose short sales need a locate (default none)
 * @param version                       version of this set of limits (&gt;= 1)
 */
public record RiskLimits(
        Quantity minOrderQuantity,
        Quantity maxOrderQuantity,
        Money maxOrderNotional,
        int priceCollarBps,
        Duration maxQuoteAge,
        Quantity maxPositionPerSymbol,
        BigDecimal maxConcentrationPct,
        Money maxGrossExposure,
        Money maxNetExposure,
        Money maxDailyLoss,
        BigDecimal maxDrawdownPct,
        int maxOrdersPerSecondPerAccount,
        int maxOrdersPerSecondPerBot,
        Duration duplicateWindow,
        Set<Symbol> restrictedSymbols,
        Set<Symbol> hardToBorrowSymbols,
        long version) {

    public static final String MIN_ORDER_QUANTITY = "min_order_quantity";
    public static final String MAX_ORDER_QUANTITY = "max_order_quantity";
    public static final String MAX_ORDER_NOTIONAL = "max_order_notional";
    public static final String PRICE_COLLAR_BPS = "price_collar_bps";
    public static final String MAX_QUOTE_AGE = "max_quote_age";
    public static final String MAX_POSITION_PER_SYMBOL = "max_position_per_symbol";
    public static final String MAX_CONCENTRATION_PCT = "max_concentration_pct";
    public static final String MAX_GROSS_EXPOSURE = "max_gross_exposure";
    public static final String MAX_NET_EXPOSURE = "max_net_exposure";
    public static final String MAX_DAILY_LOSS = "max_daily_loss";
    public static final String MAX_DRAWDOWN_PCT = "max_drawdown_pct";
    public static final String MAX_ORDERS_PER_SECOND_PER_ACCOUNT = "max_orders_per_second_per_account";
    public static final String MAX_ORDERS_PER_SECOND_PER_BOT = "max_orders_per_second_per_bot";
    public static final String DUPLICATE_WINDOW = "duplicate_window";
    public static final String RESTRICTED_SYMBOLS = "restricted_symbols";
    public static final String HARD_TO_BORROW_SYMBOLS = "hard_to_borrow_symbols";

    /** Upper bounds above which a value is treated as a typo rather than a limit. */
    static final BigDecimal MAX_QUANTITY_BOUND = new BigDecimal("1000000000");
    static final BigDecimal MAX_MONEY_BOUND = new BigDecimal("1000000000000");
    static final BigDecimal MAX_CONCENTRATION_BOUND = new BigDecimal("1000");
    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final int MAX_RATE_BOUND = 100_000;
    static final Duration MAX_QUOTE_AGE_BOUND = Duration.ofDays(1);
    static final Duration MAX_DUPLICATE_WINDOW_BOUND = Duration.ofHours(1);

    public RiskLimits {
        Objects.requireNonNull(minOrderQuantity, "minOrderQuantity");
        Objects.requireNonNull(maxOrderQuantity, "maxOrderQuantity");
        Objects.requireNonNull(maxOrderNotional, "maxOrderNotional");
        Objects.requireNonNull(maxQuoteAge, "maxQuoteAge");
        Objects.requireNonNull(maxPositionPerSymbol, "maxPositionPerSymbol");
        Objects.requireNonNull(maxConcentrationPct, "maxConcentrationPct");
        Objects.requireNonNull(maxGrossExposure, "maxGrossExposure");
        Objects.requireNonNull(maxNetExposure, "maxNetExposure");
        Objects.requireNonNull(maxDailyLoss, "maxDailyLoss");
        Objects.requireNonNull(maxDrawdownPct, "maxDrawdownPct");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        restrictedSymbols = restrictedSymbols == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(restrictedSymbols));
        hardToBorrowSymbols = hardToBorrowSymbols == null ? Set.of()
                : Collections.unmodifiableSortedSet(new TreeSet<>(hardToBorrowSymbols));
        List<FieldViolation> violations = violations(minOrderQuantity, maxOrderQuantity, maxOrderNotional,
                priceCollarBps, maxQuoteAge, maxPositionPerSymbol, maxConcentrationPct, maxGrossExposure,
                maxNetExposure, maxDailyLoss, maxDrawdownPct, maxOrdersPerSecondPerAccount, maxOrdersPerSecondPerBot,
                duplicateWindow);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.getFirst().field() + ": " + violations.getFirst().message());
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** The order-level limits only; every other limit takes its default. */
    public RiskLimits(Quantity minOrderQuantity, Quantity maxOrderQuantity, Money maxOrderNotional, int priceCollarBps,
            Duration maxQuoteAge, long version) {
        this(minOrderQuantity, maxOrderQuantity, maxOrderNotional, priceCollarBps, maxQuoteAge,
                Quantity.of(DEFAULT_MAX_POSITION), new BigDecimal(DEFAULT_CONCENTRATION_PCT),
                Money.of(DEFAULT_GROSS_EXPOSURE), Money.of(DEFAULT_NET_EXPOSURE), Money.of(DEFAULT_DAILY_LOSS),
                new BigDecimal(DEFAULT_DRAWDOWN_PCT), DEFAULT_RATE_PER_ACCOUNT, DEFAULT_RATE_PER_BOT,
                DEFAULT_DUPLICATE_WINDOW, Set.of(), Set.of(), version);
    }

    static final String DEFAULT_MAX_POSITION = "20000";
    static final String DEFAULT_CONCENTRATION_PCT = "100";
    static final String DEFAULT_GROSS_EXPOSURE = "1000000.00";
    static final String DEFAULT_NET_EXPOSURE = "1000000.00";
    static final String DEFAULT_DAILY_LOSS = "25000.00";
    static final String DEFAULT_DRAWDOWN_PCT = "20";
    static final int DEFAULT_RATE_PER_ACCOUNT = 20;
    static final int DEFAULT_RATE_PER_BOT = 10;
    static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofSeconds(2);

    /**
     * The defaults: 0.001 to 10,000 shares, 250,000.00 notional, 500 bps collar, 30 s quote age, 20,000 shares per
     * symbol, 100 % concentration, 1,000,000.00 gross and net exposure, 25,000.00 daily loss, 20 % drawdown,
     * 20 approvals/s per account, 10/s per bot, 2 s duplicate window, no restricted and no hard-to-borrow
     * symbols, version 1.
     */
    public static RiskLimits defaults() {
        return new RiskLimits(Quantity.of("0.001"), Quantity.of(10_000), Money.of("250000.00"), 500,
                Duration.ofSeconds(30), 1);
    }

    /** These limits under another version. */
    public RiskLimits withVersion(long newVersion) {
        return new RiskLimits(minOrderQuantity, maxOrderQuantity, maxOrderNotional, priceCollarBps, maxQuoteAge,
                maxPositionPerSymbol, maxConcentrationPct, maxGrossExposure, maxNetExposure, maxDailyLoss,
                maxDrawdownPct, maxOrdersPerSecondPerAccount, maxOrdersPerSecondPerBot, duplicateWindow, restrictedSymbols,
                hardToBorrowSymbols, newVersion);
    }

    /** Every limit by name, as text (decimals plain, durations ISO-8601), in a stable order. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(MIN_ORDER_QUANTITY, minOrderQuantity.toJson());
        map.put(MAX_ORDER_QUANTITY, maxOrderQuantity.toJson());
        map.put(MAX_ORDER_NOTIONAL, maxOrderNotional.toJson());
        map.put(PRICE_COLLAR_BPS, Integer.toString(priceCollarBps));
        map.put(MAX_QUOTE_AGE, maxQuoteAge.toString());
        map.put(MAX_POSITION_PER_SYMBOL, maxPositionPerSymbol.toJson());
        map.put(MAX_CONCENTRATION_PCT, maxConcentrationPct.stripTrailingZeros().toPlainString());
        map.put(MAX_GROSS_EXPOSURE, maxGrossExposure.toJson());
        map.put(MAX_NET_EXPOSURE, maxNetExposure.toJson());
        map.put(MAX_DAILY_LOSS, maxDailyLoss.toJson());
        map.put(MAX_DRAWDOWN_PCT, maxDrawdownPct.stripTrailingZeros().toPlainString());
        map.put(MAX_ORDERS_PER_SECOND_PER_ACCOUNT, Integer.toString(maxOrdersPerSecondPerAccount));
        map.put(MAX_ORDERS_PER_SECOND_PER_BOT, Integer.toString(maxOrdersPerSecondPerBot));
        map.put(DUPLICATE_WINDOW, duplicateWindow.toString());
        map.put(RESTRICTED_SYMBOLS, symbolList(restrictedSymbols));
        map.put(HARD_TO_BORROW_SYMBOLS, symbolList(hardToBorrowSymbols));
        return map;
    }

    /** The limit names, in the order of {@link #toMap()}. */
    public static List<String> names() {
        return List.copyOf(defaults().toMap().keySet());
    }

    /**
     * These limits with some changed (name → text as in {@link #toMap()}; numbers may also be given as JSON
     * numbers' text) under {@code newVersion}.
     *
     * @throws ValidationException listing every unknown name, unparsable value and out-of-range value (field =
     *                             the limit name, code {@code VALIDATION_FORMAT} or {@code VALIDATION_FAILED})
     */
    public RiskLimits withChanges(Map<String, String> changes, long newVersion) {
        Map<String, String> merged = new LinkedHashMap<>(toMap());
        List<FieldViolation> violations = new ArrayList<>();
        changes.forEach((name, value) -> {
            if (!merged.containsKey(name)) {
                violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_FAILED, "unknown limit '" + name + "'"));
            } else if (SYMBOL_LISTS.contains(name)) {
                merged.put(name, value == null ? "" : value.trim());
            } else if (value == null || value.isBlank()) {
                violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_REQUIRED, name + " needs a value"));
            } else {
                merged.put(name, value.trim());
            }
        });
        Parser p = new Parser(merged, violations);
        Quantity minQty = p.quantity(MIN_ORDER_QUANTITY);
        Quantity maxQty = p.quantity(MAX_ORDER_QUANTITY);
        Money maxNotional = p.money(MAX_ORDER_NOTIONAL);
        Integer collar = p.integer(PRICE_COLLAR_BPS);
        Duration quoteAge = p.duration(MAX_QUOTE_AGE);
        Quantity maxPosition = p.quantity(MAX_POSITION_PER_SYMBOL);
        BigDecimal concentration = p.decimal(MAX_CONCENTRATION_PCT);
        Money gross = p.money(MAX_GROSS_EXPOSURE);
        Money net = p.money(MAX_NET_EXPOSURE);
        Money dailyLoss = p.money(MAX_DAILY_LOSS);
        BigDecimal drawdown = p.decimal(MAX_DRAWDOWN_PCT);
        Integer perAccount = p.integer(MAX_ORDERS_PER_SECOND_PER_ACCOUNT);
        Integer perBot = p.integer(MAX_ORDERS_PER_SECOND_PER_BOT);
        Duration duplicate = p.duration(DUPLICATE_WINDOW);
        Set<Symbol> restricted = p.symbols(RESTRICTED_SYMBOLS);
        Set<Symbol> hardToBorrow = p.symbols(HARD_TO_BORROW_SYMBOLS);
        if (violations.isEmpty()) {
            violations.addAll(violations(minQty, maxQty, maxNotional, collar, quoteAge, maxPosition, concentration,
                    gross, net, dailyLoss, drawdown, perAccount, perBot, duplicate));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new RiskLimits(minQty, maxQty, maxNotional, collar, quoteAge, maxPosition, concentration, gross, net,
                dailyLoss, drawdown, perAccount, perBot, duplicate, restricted, hardToBorrow, newVersion);
    }

    private static List<FieldViolation> violations(Quantity minQty, Quantity maxQty, Money maxNotional, int collar,
            Duration quoteAge, Quantity maxPosition, BigDecimal concentration, Money gross, Money net, Money dailyLoss,
            BigDecimal drawdown, int perAccount, int perBot, Duration duplicate) {
        List<FieldViolation> v = new ArrayList<>();
        range(v, MIN_ORDER_QUANTITY, minQty.value(), false, MAX_QUANTITY_BOUND);
        range(v, MAX_ORDER_QUANTITY, maxQty.value(), false, MAX_QUANTITY_BOUND);
        if (maxQty.compareTo(minQty) < 0) {
            v.add(FieldViolation.of(MAX_ORDER_QUANTITY, ErrorCode.VALIDATION_FAILED,
                    MAX_ORDER_QUANTITY + " must not be below " + MIN_ORDER_QUANTITY));
        }
        range(v, MAX_ORDER_NOTIONAL, maxNotional.value(), false, MAX_MONEY_BOUND);
        range(v, PRICE_COLLAR_BPS, BigDecimal.valueOf(collar), true, BigDecimal.valueOf(10_000));
        durationRange(v, MAX_QUOTE_AGE, quoteAge, false, MAX_QUOTE_AGE_BOUND);
        range(v, MAX_POSITION_PER_SYMBOL, maxPosition.value(), false, MAX_QUANTITY_BOUND);
        range(v, MAX_CONCENTRATION_PCT, concentration, false, MAX_CONCENTRATION_BOUND);
        range(v, MAX_GROSS_EXPOSURE, gross.value(), false, MAX_MONEY_BOUND);
        range(v, MAX_NET_EXPOSURE, net.value(), false, MAX_MONEY_BOUND);
        range(v, MAX_DAILY_LOSS, dailyLoss.value(), false, MAX_MONEY_BOUND);
        range(v, MAX_DRAWDOWN_PCT, drawdown, false, HUNDRED);
        range(v, MAX_ORDERS_PER_SECOND_PER_ACCOUNT, BigDecimal.valueOf(perAccount), false,
                BigDecimal.valueOf(MAX_RATE_BOUND));
        range(v, MAX_ORDERS_PER_SECOND_PER_BOT, BigDecimal.valueOf(perBot), false, BigDecimal.valueOf(MAX_RATE_BOUND));
        durationRange(v, DUPLICATE_WINDOW, duplicate, true, MAX_DUPLICATE_WINDOW_BOUND);
        return v;
    }

    private static void range(List<FieldViolation> v, String name, BigDecimal value, boolean zeroAllowed,
            BigDecimal max) {
        int sign = value.signum();
        if (sign < 0 || (sign == 0 && !zeroAllowed)) {
            v.add(FieldViolation.of(name, ErrorCode.VALIDATION_FAILED,
                    name + " must be " + (zeroAllowed ? "zero or positive" : "positive") + ", was " + value.toPlainString()));
        } else if (value.compareTo(max) > 0) {
            v.add(FieldViolation.of(name, ErrorCode.VALIDATION_FAILED,
                    name + " must be at most " + max.toPlainString() + ", was " + value.toPlainString()));
        }
    }

    private static void durationRange(List<FieldViolation> v, String name, Duration value, boolean zeroAllowed,
            Duration max) {
        if (value.isNegative() || (value.isZero() && !zeroAllowed)) {
            v.add(FieldViolation.of(name, ErrorCode.VALIDATION_FAILED,
                    name + " must be " + (zeroAllowed ? "zero or positive" : "positive") + ", was " + value));
        } else if (value.compareTo(max) > 0) {
            v.add(FieldViolation.of(name, ErrorCode.VALIDATION_FAILED, name + " must be at most " + max + ", was " + value));
        }
    }

    /** The limits whose value is a list of symbols: comma-separated, sorted, empty text for none. */
    static final Set<String> SYMBOL_LISTS = Set.of(RESTRICTED_SYMBOLS, HARD_TO_BORROW_SYMBOLS);
    /** Most symbols one list may hold (the stored text must fit the limit value column). */
    static final int MAX_SYMBOL_LIST_SIZE = 300;

    static String symbolList(Set<Symbol> symbols) {
        return symbols.stream().map(Symbol::value).sorted().collect(Collectors.joining(","));
    }

    /** Parses named text values, collecting a violation per unparsable one (then returning a harmless value). */
    private record Parser(Map<String, String> values, List<FieldViolation> violations) {

        BigDecimal decimal(String name) {
            try {
                return new BigDecimal(values.get(name));
            } catch (NumberFormatException e) {
                violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_FORMAT, name + " must be a decimal number"));
                return BigDecimal.ONE;
            }
        }

        Quantity quantity(String name) {
            BigDecimal value = decimal(name);
            try {
                return Quantity.of(value);
            } catch (IllegalArgumentException e) {
                violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_FORMAT, name + ": " + e.getMessage()));
                return Quantity.of(1);
            }
        }

        Money money(String name) {
            BigDecimal value = decimal(name);
            try {
                return Money.of(value);
            } catch (IllegalArgumentException e) {
                violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_FORMAT, name + ": " + e.getMessage()));
                return Money.of(1);
            }
        }

        Integer integer(String name) {
            try {
                return new BigDecimal(values.get(name)).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_FORMAT, name + " must be a whole number"));
                return 1;
            }
        }

        Set<Symbol> symbols(String name) {
            Set<Symbol> symbols = new TreeSet<>();
            for (String part : values.get(name).split("[,\\s]+")) {
                String text = part.trim().toUpperCase(Locale.ROOT);
                if (text.isEmpty()) {
                    continue;
                }
                if (!Symbol.isValid(text)) {
                    violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_FORMAT,
                            name + ": '" + part.trim() + "' is not a symbol"));
                } else {
                    symbols.add(Symbol.of(text));
                }
            }
            if (symbols.size() > MAX_SYMBOL_LIST_SIZE) {
                violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_FAILED,
                        name + " may hold at most " + MAX_SYMBOL_LIST_SIZE + " symbols, was " + symbols.size()));
            }
            return symbols;
        }

        Duration duration(String name) {
            try {
                return Duration.parse(values.get(name));
            } catch (DateTimeParseException e) {
                violations.add(FieldViolation.of(name, ErrorCode.VALIDATION_FORMAT,
                        name + " must be an ISO-8601 duration such as PT30S"));
                return Duration.ofSeconds(1);
            }
        }
    }
}
