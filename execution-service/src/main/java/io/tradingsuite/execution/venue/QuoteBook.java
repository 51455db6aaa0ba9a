package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.venue.Quote;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/** The latest quote per symbol, as received from {@code market-data.quotes.v1}. */
@Component
public class QuoteBook {

    private final ConcurrentMap<Symbol, Quote> latest = new ConcurrentHashMap<>();

    public void update(Quote quote) {
        latest.put(quote.symbol(), quote);
    }

    public Optional<Quote> latest(Symbol symbol) {
        return Optional.ofNullable(latest.get(symbol));
    }
}
