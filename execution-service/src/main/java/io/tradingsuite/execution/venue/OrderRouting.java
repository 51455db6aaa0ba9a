package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.venue.Quote;

/**
 * Where the order service sends its orders: the one venue selected by {@code ts.execution.venue} ({@code paper}
 * → {@link PaperRouting}, {@code alpaca} → {@code AlpacaRouting}). The messaging adapters call it; nothing else
 * knows which venue is in use.
 */
public interface OrderRouting {

    /** Risk approved the order and it is now {@code new}: hand it to the venue. */
    void orderWorking(Order order);

    /** A market quote (the paper venue matches on it; a broker ignores it). */
    void onQuote(Quote quote);

    /** A closed bar (the paper venue's participation budget; a broker ignores it). */
    void onBar(Symbol symbol, long volume);
}
