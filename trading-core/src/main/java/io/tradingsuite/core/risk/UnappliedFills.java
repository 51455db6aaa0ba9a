package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The net effect of fills risk has seen that the latest account snapshot does not include yet: the signed cash
 * change (buys negative, sells positive) and the signed position change per symbol.
 */
public record UnappliedFills(Money cashEffect, Map<Symbol, Quantity> positionEffect) {

    public static final UnappliedFills NONE = new UnappliedFills(Money.ZERO, Map.of());

    public UnappliedFills {
        Objects.requireNonNull(cashEffect, "cashEffect");
        positionEffect = positionEffect == null ? Map.of() : Map.copyOf(positionEffect);
    }

    /** Signed position change of a symbol. */
    public Quantity position(Symbol symbol) {
        return positionEffect.getOrDefault(symbol, Quantity.ZERO);
    }

    /** These effects plus one more fill. */
    public UnappliedFills plus(Side side, Symbol symbol, Quantity quantity, Money notional) {
        Map<Symbol, Quantity> positions = new HashMap<>(positionEffect);
        Quantity signed = side == Side.BUY ? quantity : quantity.negate();
        positions.merge(symbol, signed, Quantity::plus);
        Money cash = side == Side.BUY ? cashEffect.minus(notional) : cashEffect.plus(notional);
        return new UnappliedFills(cash, positions);
    }
}
