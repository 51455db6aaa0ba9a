package io.tradingsuite.portfolio.messaging;

import io.tradingsuite.common.events.QuoteEvent;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.portfolio.marks.MarkBook;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes {@code market-data.quotes.v1}: the last price of each quote becomes the symbol's mark. */
@Component
public class QuoteListener {

    private final MarkBook marks;

    public QuoteListener(MarkBook marks) {
        this.marks = marks;
    }

    @KafkaListener(id = "portfolio-marks", topics = Topic.QUOTES_NAME)
    public void on(QuoteEvent event) {
        switch (event) {
            case QuoteUpdated quote -> marks.update(quote.symbol(), quote.last());
        }
    }
}
