package io.tradingsuite.marketdata.quote;

import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.types.Symbol;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The latest published quote per symbol (thread-safe; written by the feed, read by the REST API). */
@Component
public class LatestQuotes {

    private final Map<Symbol, QuoteUpdated> quotes = new ConcurrentHashMap<>();

    public void update(QuoteUpdated quote) {
        quotes.put(quote.symbol(), quote);
    }

    public Optional<QuoteUpdated> find(Symbol symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }
}
