package io.tradingsuite.core.portfolio;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Holding of one symbol under the average-cost method.
 *
 * <p>{@code quantity} is signed (negative = short). {@code costBasis} is exact and carries the sign of the
 * quantity: a long of 10 bought at 100 has basis {@code 1000}, a short of 10 sold at 100 has basis {@code -1000}.
 * It is never rounded; the average entry price {@code costBasis / quantity} is derived and rounded only for display.
 * {@code realizedPnl} accumulates the P&amp;L realised on this symbol over the life of the account (it survives the
 * position going flat). {@code lastFillPrice} is the mark used when no quote has been seen.
 *
 * @param symbol        the instrument
 * @param quantity      signed quantity, zero when flat
 * @param costBasis     exact signed cost of the open quantity, zero when flat
 * @param realizedPnl   P&amp;L realised on this symbol so far
 * @param lastFillPrice price of the latest fill, empty before the first fill
 */
public record Position(Symbol symbol, Quantity quantity, Money costBasis, Money realizedPnl, Optional<Price> lastFillPrice) {

    public Position {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(costBasis, "costBasis");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        Objects.requireNonNull(lastFillPrice, "lastFillPrice");
        if (quantity.isZero() && !costBasis.isZero()) {
            throw new IllegalArgumentException("a flat position has no cost basis, was " + costBasis);
        }
    }

    /** A position that has never traded. */
    public static Position flat(Symbol symbol) {
        return new Position(symbol, Quantity.ZERO, Money.ZERO, Money.ZERO, Optional.empty());
    }

    public boolean isFlat() {
        return quantity.isZero();
    }

    /** Long or short; empty when flat. */
    public Optional<PositionSide> side() {
        if (isFlat()) {
            return Optional.empty();
        }
        return Optional.of(quantity.isPositive() ? PositionSide.LONG : PositionSide.SHORT);
    }

    /**
     * Average entry price {@code |costBasis / quantity|}, rounded half-even to {@link Money#DIVISION_SCALE} decimals
     * and shown with at least two decimals (display only: bookkeeping uses the exact cost basis). Empty when flat.
     */
    public Optional<BigDecimal> averageEntryPrice() {
        if (isFlat()) {
            return Optional.empty();
        }
        BigDecimal average = costBasis.value()
                .divide(quantity.value(), Money.DIVISION_SCALE, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return Optional.of(average.scale() < 2 ? average.setScale(2) : average);
    }

    /** Signed market value {@code quantity x mark}, exact. */
    public Money marketValue(Price mark) {
        return Money.of(quantity.value().multiply(mark.value()));
    }

    /** Unrealised P&amp;L {@code marketValue - costBasis}, exact. */
    public Money unrealizedPnl(Price mark) {
        return marketValue(mark).minus(costBasis);
    }

    /**
     * Applies one execution and returns the change. Quantity moving away from zero adds {@code qty x price} to the
     * basis; quantity moving towards zero removes basis pro rata and realises P&amp;L; a fill that crosses zero first
     * closes the whole position, then opens the remainder on the other side at the fill price.
     */
    public PositionChange apply(Side side, Quantity fillQuantity, Price price) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        if (fillQuantity == null || !fillQuantity.isPositive()) {
            throw new IllegalArgumentException("fill quantity must be positive, was " + fillQuantity);
        }
        Quantity signedFill = side == Side.BUY ? fillQuantity : fillQuantity.negate();
        boolean reduces = !isFlat() && quantity.value().signum() != signedFill.value().signum();
        Quantity closed = reduces ? quantity.abs().min(fillQuantity) : Quantity.ZERO;
        Quantity opened = fillQuantity.minus(closed);

        Quantity newQuantity = quantity;
        Money newBasis = costBasis;
        Money realized = Money.ZERO;
        Money costRemoved = Money.ZERO;
        if (closed.isPositive()) {
            costRemoved = closed.compareTo(quantity.abs()) == 0
                    ? costBasis
                    : costBasis.times(closed.value()).divide(quantity.abs().value());
            // Proceeds of the closing part: selling a long receives cash, buying back a short pays it.
            Money proceeds = Money.of(closed.value().multiply(price.value()).multiply(BigDecimal.valueOf(quantity.value().signum())));
            realized = proceeds.minus(costRemoved);
            newBasis = newBasis.minus(costRemoved);
            newQuantity = quantity.isPositive() ? newQuantity.minus(closed) : newQuantity.plus(closed);
        }
        if (opened.isPositive()) {
            Money openedCost = Money.of(opened.value().multiply(price.value()).multiply(BigDecimal.valueOf(side.sign())));
            newBasis = newBasis.plus(openedCost);
            newQuantity = side == Side.BUY ? newQuantity.plus(opened) : newQuantity.minus(opened);
        }
        Position after = new Position(symbol, newQuantity, newBasis, realizedPnl.plus(realized), Optional.of(price));
        return new PositionChange(this, after, closed, opened, costRemoved, realized);
    }
}
