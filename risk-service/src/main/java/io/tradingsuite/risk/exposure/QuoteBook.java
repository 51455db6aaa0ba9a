package io.tradingsuite.risk.exposure;

import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.risk.ReferenceQuote;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The latest quote per symbol, in memory: after a restart it is empty and orders are denied {@code RISK_NO_QUOTE}
 * until quotes arrive again, which is the intended fail-closed behaviour. An older quote never replaces a newer one.
 */
@Component
public class QuoteBook {

    private final Map<Symbol, ReferenceQuote> latest = new ConcurrentHashMap<>();

    public void apply(QuoteUpdated quote) {
        ReferenceQuote candidate = new ReferenceQuote(quote.symbol(), quote.bid(), quote.ask(), quote.occurredAt());
        latest.merge(quote.symbol(), candidate,
                (current, incoming) -> incoming.asOf().isBefore(current.asOf()) ? current : incoming);
    }

    public Optional<ReferenceQuote> latest(Symbol symbol) {
        return Optional.ofNullable(latest.get(symbol));
    }
}
