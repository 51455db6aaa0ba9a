package io.tradingsuite.core.venue;

import io.tradingsuite.common.types.Symbol;
import java.math.BigDecimal;

/** The price increment of a symbol at a price level; fill prices are rounded to it. */
@FunctionalInterface
public interface TickSizes {

    BigDecimal ONE_CENT = new BigDecimal("0.01");
    BigDecimal SUB_DOLLAR_TICK = new BigDecimal("0.0001");

    /** US equities (Reg NMS rule 612): one cent from $1, 0.0001 below. */
    TickSizes US_EQUITIES = (symbol, price) -> price.compareTo(BigDecimal.ONE) >= 0 ? ONE_CENT : SUB_DOLLAR_TICK;

    BigDecimal tickFor(Symbol symbol, BigDecimal price);
}
