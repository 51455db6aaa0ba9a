package io.tradingsuite.bot.messaging;

import io.tradingsuite.bot.signal.BarProcessor;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.BarEvent;
import io.tradingsuite.common.events.Topic;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds closed bars from {@code market-data.bars.v1} to the bots. */
@Component
public class MarketDataListener {

    private final BarProcessor processor;

    public MarketDataListener(BarProcessor processor) {
        this.processor = processor;
    }

    @KafkaListener(id = "bot-bars", idIsGroup = false, topics = Topic.BARS_NAME)
    public void on(BarEvent event) {
        switch (event) {
            case BarClosed bar -> processor.onBar(bar);
        }
    }
}
