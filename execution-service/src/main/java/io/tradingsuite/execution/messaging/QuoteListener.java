package io.tradingsuite.execution.messaging;

import io.tradingsuite.common.events.QuoteEvent;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.execution.venue.PaperExecution;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Quotes drive the paper venue: every quote matches the working orders on its symbol. */
@Component
class QuoteListener {

    private final PaperExecution paper;

    QuoteListener(PaperExecution paper) {
        this.paper = paper;
    }

    @KafkaListener(topics = Topic.QUOTES_NAME)
    void on(QuoteEvent event) {
        switch (event) {
            case QuoteUpdated quote -> paper.onQuote(Quote.from(quote));
        }
    }
}
