package io.tradingsuite.marketdata.feed;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.QuoteUpdated;

/**
 * Sends market data to its topics. Quotes and bars are high-rate, re-derivable market data, not state changes whose
 * loss matters, so they are sent directly (fire-and-forget with logged failures) instead of through the outbox; see
 * CANVAS.md.
 */
public interface MarketDataPublisher {

    void publishQuote(QuoteUpdated quote);

    void publishBar(BarClosed bar);
}
