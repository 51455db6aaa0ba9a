package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.validation.Asset;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The amounts of one order request that the policies compare against their limits, computed exactly once, when its
 * {@link RiskContext} is built. A policy then only compares {@link Amount}s (as fixed-point longs when they fit,
 * else exactly as decimals) with the {@link LimitAmounts}: the chain does no arithmetic and allocates nothing on the
 * approve path (a denial builds its detail text). Most figures are the {@link RiskContext} method of the same
 * meaning, evaluated once.
 *
 * <p>Limits that are percentages are turned into amounts here, exactly (a percentage of an exact amount is exact):
 * {@link #maxSymbolValue()} is {@code equity x maxConcentrationPct / 100}, {@link #maxDrawdownAmount()} is
 * {@code highWaterMark x maxDrawdownPct / 100}, {@link #collarBound()} is the touch (for a stop-limit the farther of
 * the touch and its stop) moved by the collar.
 */
public final class OrderFigures {

    private static final BigDecimal BPS_PER_UNIT = BigDecimal.valueOf(10_000);

    private final LimitAmounts limits;
    private final Amount quantity;
    private final Quantity positionBefore;
    private final Quantity positionAfter;
    private final Amount positionBeforeAbs;
    private final Amount positionAfterAbs;
    private final boolean reducesPosition;
    private final Optional<Amount> availablePosition;
    private final Quantity shortSaleQuantity;
    private final Amount shortSale;
    private final Amount locate;
    private final Optional<Price> referencePrice;
    private final Optional<Amount> notional;
    private final Optional<Amount> availableBuyingPower;
    private final Optional<Duration> quoteAge;
    private final Amount valueBefore;
    private final Amount valueAfter;
    private final RiskContext.Exposure exposure;
    private final Amount grossBefore;
    private final Amount grossAfter;
    private final Amount netBefore;
    private final Amount netAfter;
    private final boolean hasEquity;
    private final Amount maxSymbolValue;
    private final Amount limitPrice;
    private final Amount collarBound;
    private final Amount dailyLoss;
    private final Amount drawdown;
    private final Amount maxDrawdownAmount;
    private final boolean multipleOfLot;
    private final Instant throttleWindowStart;
    private final Instant duplicateWindowStart;

    OrderFigures(RiskContext context) {
        limits = LimitAmounts.of(context.limits());
        Quantity ordered = context.order().quantity();
        quantity = Amount.of(ordered.value());
        positionBefore = context.committedPosition(context.order().symbol());
        positionAfter = positionBefore.plus(context.signedQuantity());
        // what the limits on growth compare with: the covered part is already committed by the order it replaces
        Quantity heldBefore = positionBefore.plus(context.signedCovered());
        positionBeforeAbs = Amount.of(heldBefore.value().abs());
        positionAfterAbs = Amount.of(positionAfter.value().abs());
        reducesPosition = reduces(positionBefore, positionAfter, context.order().side());
        Optional<Quantity> available = context.availablePosition();
        availablePosition = available.map(q -> Amount.of(q.value()));
        shortSaleQuantity = shortSale(context.order().side(), ordered, available);
        shortSale = Amount.of(shortSaleQuantity.value());
        locate = Amount.of(context.locate().value());
        referencePrice = context.referencePrice();
        notional = referencePrice.map(price -> Amount.of(price.times(ordered).value()));
        availableBuyingPower = context.availableBuyingPower().map(m -> Amount.of(m.value()));
        quoteAge = context.quoteAge();
        valueBefore = Amount.of(context.value(context.order().symbol(), heldBefore.abs()).value());
        valueAfter = Amount.of(context.value(context.order().symbol(), positionAfter.abs()).value());
        exposure = context.computeExposure();
        grossBefore = Amount.of(exposure.grossBefore().value());
        grossAfter = Amount.of(exposure.grossAfter().value());
        netBefore = Amount.of(exposure.netBefore().value());
        netAfter = Amount.of(exposure.netAfter().value());
        Optional<Money> equity = context.equity();
        hasEquity = equity.isPresent();
        maxSymbolValue = equity.map(e -> Amount.of(percentOf(e.value(), context.limits().maxConcentrationPct())))
                .orElse(null);
        limitPrice = context.hasLimitPrice() ? Amount.of(context.order().limitPrice().value()) : null;
        collarBound = collarBound(context);
        EquityMarks marks = context.account().map(AccountState::equity).orElse(null);
        dailyLoss = Amount.of(marks == null ? BigDecimal.ZERO : LossLimits.dailyLoss(marks).value());
        drawdown = Amount.of(marks == null ? BigDecimal.ZERO : marks.drawdown().value());
        maxDrawdownAmount = marks == null || !marks.highWaterMark().isPositive() ? null
                : Amount.of(percentOf(marks.highWaterMark().value(), context.limits().maxDrawdownPct()));
        multipleOfLot = context.asset().map(asset -> multipleOfLot(asset, ordered)).orElse(true);
        throttleWindowStart = context.now().minus(OrderThrottle.WINDOW);
        duplicateWindowStart = context.now().minus(context.limits().duplicateWindow());
    }

    /** {@code amount x percent / 100}, exact. */
    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2);
    }

    private static boolean reduces(Quantity before, Quantity after, Side side) {
        boolean buy = side == Side.BUY;
        return !before.isZero() && before.isPositive() != buy
                && after.abs().compareTo(before.abs()) < 0 && (after.isZero() || after.isPositive() == before.isPositive());
    }

    private static Quantity shortSale(Side side, Quantity quantity, Optional<Quantity> available) {
        if (side != Side.SELL) {
            return Quantity.ZERO;
        }
        Quantity held = available.orElse(Quantity.ZERO);
        Quantity beyond = quantity.minus(held.isPositive() ? held : Quantity.ZERO);
        return beyond.isPositive() ? beyond : Quantity.ZERO;
    }

    /**
     * The farthest a limit may go through its anchor: the touch (ask for a buy, bid for a sell) for a limit order;
     * for a stop-limit the farther of the touch and its own stop price (a buy: the higher of ask and stop, a sell: the
     * lower of bid and stop). An untriggered stop-limit turns into a limit order at its stop, so a bracket's stop-loss
     * far under the bid is no fat finger; one whose stop the market already passed is a marketable limit at the touch.
     */
    private static Amount collarBound(RiskContext context) {
        if (!context.hasLimitPrice() || context.quote().isEmpty()) {
            return null;
        }
        Side side = context.order().side();
        BigDecimal bps = BigDecimal.valueOf(context.limits().priceCollarBps());
        BigDecimal factor = side == Side.BUY ? BPS_PER_UNIT.add(bps) : BPS_PER_UNIT.subtract(bps);
        return Amount.of(collarAnchor(context).multiply(factor).movePointLeft(4));
    }

    private static BigDecimal collarAnchor(RiskContext context) {
        BigDecimal touch = context.quote().get().touch(context.order().side()).value();
        if (context.order().type() == OrderType.STOP_LIMIT && context.order().stopPrice() != null) {
            BigDecimal stop = context.order().stopPrice().value();
            return context.order().side() == Side.BUY ? touch.max(stop) : touch.min(stop);
        }
        return touch;
    }

    private static boolean multipleOfLot(Asset asset, Quantity quantity) {
        return asset.fractionable() || quantity.value().remainder(asset.lotSize().value()).signum() == 0;
    }

    /** The limits' amounts, for comparisons with these figures. */
    public LimitAmounts limits() {
        return limits;
    }

    /** The order's quantity. */
    public Amount quantity() {
        return quantity;
    }

    /** {@link RiskContext#committedPosition} of the order's symbol. */
    public Quantity positionBefore() {
        return positionBefore;
    }

    /** {@link RiskContext#positionAfterOrder()}. */
    public Quantity positionAfter() {
        return positionAfter;
    }

    /**
     * |{@link #positionBefore()} plus the {@link RiskContext#covered() covered} part of the order|: the position the
     * limits on growth compare the one after the order with (the same as |{@link #positionBefore()}| for an order
     * that takes no other order's place).
     */
    public Amount positionBeforeAbs() {
        return positionBeforeAbs;
    }

    /** |{@link #positionAfter()}|. */
    public Amount positionAfterAbs() {
        return positionAfterAbs;
    }

    /**
     * True when the order moves the committed position of its symbol towards zero without crossing it (a sell of
     * at most a long position, a buy of at most a short position).
     */
    public boolean reducesPosition() {
        return reducesPosition;
    }

    /** {@link RiskContext#availablePosition()}. */
    public Optional<Amount> availablePosition() {
        return availablePosition;
    }

    /**
     * The part of a sell that would be a short sale: the quantity beyond the available position (all of it when
     * that is zero or short). Zero for buys; the whole quantity without an account snapshot.
     */
    public Quantity shortSaleQuantity() {
        return shortSaleQuantity;
    }

    /** {@link #shortSaleQuantity()} as an amount. */
    public Amount shortSale() {
        return shortSale;
    }

    /** The located, unused quantity of the order's symbol ({@link RiskContext#locate()}). */
    public Amount locate() {
        return locate;
    }

    /** {@link RiskContext#referencePrice()}. */
    public Optional<Price> referencePrice() {
        return referencePrice;
    }

    /** {@link RiskContext#orderNotional()}. */
    public Optional<Amount> notional() {
        return notional;
    }

    /** {@link RiskContext#availableBuyingPower()}. */
    public Optional<Amount> availableBuyingPower() {
        return availableBuyingPower;
    }

    /** {@link RiskContext#quoteAge()}. */
    public Optional<Duration> quoteAge() {
        return quoteAge;
    }

    /**
     * {@link #positionBeforeAbs()} x its valuation price (zero when the symbol can't be valued): for an exit whose
     * paired partner already commits all of it ({@code covered} = its quantity), the same as {@link #valueAfter()}.
     */
    public Amount valueBefore() {
        return valueBefore;
    }

    /** |position after the order| x its valuation price (zero when the symbol can't be valued). */
    public Amount valueAfter() {
        return valueAfter;
    }

    /** {@link RiskContext#exposure()}. */
    public RiskContext.Exposure exposure() {
        return exposure;
    }

    public Amount grossBefore() {
        return grossBefore;
    }

    public Amount grossAfter() {
        return grossAfter;
    }

    public Amount netBefore() {
        return netBefore;
    }

    public Amount netAfter() {
        return netAfter;
    }

    /** True when an account snapshot gives the equity. */
    public boolean hasEquity() {
        return hasEquity;
    }

    /** The most one symbol may be worth: equity x max concentration % / 100; null without an account snapshot. */
    public Amount maxSymbolValue() {
        return maxSymbolValue;
    }

    /** The order's limit price; null for orders without one. */
    public Amount limitPrice() {
        return limitPrice;
    }

    /**
     * The farthest a limit price may go through the touch: ask x (1 + collar) for buys, bid x (1 - collar) for
     * sells (a stop-limit: max(ask, stop) x (1 + collar), min(bid, stop) x (1 - collar)); null for orders without a
     * limit price or without a quote.
     */
    public Amount collarBound() {
        return collarBound;
    }

    /** Day-start equity minus equity (positive when the day loses); zero without an account snapshot. */
    public Amount dailyLoss() {
        return dailyLoss;
    }

    /** {@link EquityMarks#drawdown()}; zero without an account snapshot. */
    public Amount drawdown() {
        return drawdown;
    }

    /** High-water mark x max drawdown % / 100; null without a snapshot or with a high-water mark of zero or less. */
    public Amount maxDrawdownAmount() {
        return maxDrawdownAmount;
    }

    /** False only when the asset is not fractionable and the quantity is not a multiple of its lot size. */
    public boolean multipleOfLot() {
        return multipleOfLot;
    }

    /** {@code now} minus the throttle's window: approvals after it count. */
    public Instant throttleWindowStart() {
        return throttleWindowStart;
    }

    /** {@code now} minus the duplicate window: approvals after it count as twins. */
    public Instant duplicateWindowStart() {
        return duplicateWindowStart;
    }
}
