package io.tradingsuite.execution.messaging;

import io.tradingsuite.common.events.QuoteEvent;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.execution.venue.OrderRouting;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Quotes drive the paper venue (a broker venue ignores them): every quote matches the working orders on its symbol. */
@Component
class QuoteListener {

    private final OrderRouting venue;

    QuoteListener(OrderRouting venue) {
        this.venue = venue;
    }

    @KafkaListener(topics = Topic.QUOTES_NAME)
    void on(QuoteEvent event) {
        switch (event) {
            case QuoteUpdated quote -> venue.onQuote(Quote.from(quote));
        }
    }
}
