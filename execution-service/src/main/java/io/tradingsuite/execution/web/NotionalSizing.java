package io.tradingsuite.execution.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.OrderDraft;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.execution.venue.QuoteBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Notional orders ({@code notional} instead of {@code qty}, Alpaca's rule: market orders, time in force {@code day}):
 * the amount is turned into a fractional quantity at entry, {@code floor(notional / touch, 9 decimals)} with the
 * touch of the latest quote (ask for a buy, bid for a sell), and the order then goes through the same validation and
 * risk as any other (so the asset must be fractionable). The amount actually spent is quantity x fill price: it
 * differs from the notional by the rounding and by how the market moves before the fill.
 */
final class NotionalSizing {

    static final int MAX_NOTIONAL_SCALE = 2;

    private NotionalSizing() {
    }

    /**
     * The draft of the body, with {@code qty} sized from {@code notional} when the body gives one. Problems with the
     * notional itself are added to {@code violations}.
     */
    static OrderDraft draft(OrderRequestBody body, QuoteBook quotes, List<FieldViolation> violations) {
        OrderDraft draft = body.toDraft();
        String notionalText = OrderRequestBody.text(body.notional());
        if (notionalText == null || notionalText.isBlank()) {
            return draft;
        }
        if (draft.qty() != null && !draft.qty().isBlank()) {
            violations.add(FieldViolation.of("notional", ErrorCode.VALIDATION_FAILED, "give qty or notional, not both"));
            return draft;
        }
        BigDecimal notional;
        try {
            notional = new BigDecimal(notionalText.trim());
        } catch (NumberFormatException e) {
            violations.add(FieldViolation.of("notional", ErrorCode.VALIDATION_FORMAT,
                    "notional must be a decimal amount such as 250.00"));
            return draft;
        }
        if (notional.signum() <= 0 || notional.stripTrailingZeros().scale() > MAX_NOTIONAL_SCALE) {
            violations.add(FieldViolation.of("notional", ErrorCode.VALIDATION_QUANTITY,
                    "notional must be positive with at most " + MAX_NOTIONAL_SCALE + " decimals"));
            return draft;
        }
        if (!"market".equalsIgnoreCase(trimmed(draft.type())) || !"day".equalsIgnoreCase(trimmed(draft.timeInForce()))) {
            violations.add(FieldViolation.of("notional", ErrorCode.VALIDATION_FAILED,
                    "notional orders must be market orders with time_in_force day"));
            return draft;
        }
        Optional<Side> side = parse(() -> Side.fromWire(draft.side()));
        Optional<Symbol> symbol = parse(() -> Symbol.of(trimmed(draft.symbol()).toUpperCase(Locale.ROOT)));
        if (side.isEmpty() || symbol.isEmpty()) {
            return draft; // the validator reports the symbol or side
        }
        Optional<Quote> quote = quotes.latest(symbol.get());
        if (quote.isEmpty()) {
            violations.add(FieldViolation.of("notional", ErrorCode.VALIDATION_FAILED,
                    "no quote of " + symbol.get() + " yet to size a notional order"));
            return draft;
        }
        BigDecimal touch = (side.get() == Side.BUY ? quote.get().ask() : quote.get().bid()).value();
        BigDecimal qty = notional.divide(touch, Quantity.MAX_SCALE, RoundingMode.FLOOR).stripTrailingZeros();
        if (qty.signum() <= 0) {
            violations.add(FieldViolation.of("notional", ErrorCode.VALIDATION_QUANTITY,
                    "notional " + notional.toPlainString() + " buys nothing at " + touch.toPlainString()));
            return draft;
        }
        return new OrderDraft(draft.symbol(), qty.toPlainString(), draft.side(), draft.type(), draft.timeInForce(),
                draft.limitPrice(), draft.stopPrice(), draft.clientOrderId(), draft.trailPrice(), draft.trailPercent());
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
