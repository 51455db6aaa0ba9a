package io.tradingsuite.marketdata.messaging;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.marketdata.feed.MarketDataPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

/**
 * Sends quotes and bars straight to Kafka (key = symbol). This is deliberately NOT the outbox: market data is
 * high-rate and superseded within seconds; a quote lost in a crash is replaced by the next one, and bars are
 * stored in table {@code bars} (queryable) with deterministic event ids. Domain state changes (the asset master)
 * go through the outbox.
 */
@Component
public class KafkaMarketDataPublisher implements MarketDataPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaMarketDataPublisher.class);

    private final KafkaOperations<String, Object> kafka;

    public KafkaMarketDataPublisher(KafkaOperations<String, Object> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void publishQuote(QuoteUpdated quote) {
        send(Topic.QUOTES, quote);
    }

    @Override
    public void publishBar(BarClosed bar) {
        send(Topic.BARS, bar);
    }

    private void send(Topic topic, Event event) {
        kafka.send(topic.topicName(), event.partitionKey(), event).whenComplete((result, error) -> {
            if (error != null) {
                log.warn("Could not publish {} {} to {}: {}", event.getClass().getSimpleName(), event.partitionKey(),
                        topic.topicName(), error.toString());
            }
        });
    }
}
