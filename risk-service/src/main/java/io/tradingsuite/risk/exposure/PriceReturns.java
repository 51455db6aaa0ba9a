package io.tradingsuite.risk.exposure;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.risk.ReturnMatrix;
import io.tradingsuite.core.risk.ReturnWindow;
import io.tradingsuite.risk.config.RiskMetricsProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * The rolling window of per-symbol returns the VaR is computed from, in memory: quote mids (at the quote's market
 * time) and bar closes (at the bar's end) are sampled on the {@code ts.risk.metrics.sample-interval} grid. Empty
 * after a restart: VaR is reported as unknown until two sampled returns exist for every held symbol.
 */
@Component
public class PriceReturns {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final ReturnWindow window;

    public PriceReturns(RiskMetricsProperties properties) {
        this.window = new ReturnWindow(properties.sampleInterval(), properties.window());
    }

    public void onQuote(QuoteUpdated quote) {
        Instant at = quote.marketTime() != null ? quote.marketTime() : quote.occurredAt();
        observe(quote.symbol(), mid(quote.bid(), quote.ask()), at);
    }

    public void onBar(BarClosed bar) {
        observe(bar.symbol(), bar.close(), bar.end());
    }

    /** Aligned returns of these symbols (see {@link ReturnWindow#aligned}). */
    public synchronized ReturnMatrix aligned(Collection<Symbol> symbols) {
        return window.aligned(symbols);
    }

    /** (bid + ask) / 2, to the price scale. */
    public static Price mid(Price bid, Price ask) {
        return Price.of(bid.value().add(ask.value()).divide(TWO, Price.MAX_SCALE, RoundingMode.HALF_EVEN));
    }

    private synchronized void observe(Symbol symbol, Price price, Instant at) {
        window.observe(symbol, price, at);
    }
}
