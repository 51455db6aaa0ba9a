package io.tradingsuite.bot.messaging;

import io.tradingsuite.bot.position.FillProcessor;
import io.tradingsuite.common.events.FillEvent;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.Topic;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps bot positions from {@code execution.fills.v1}. */
@Component
public class FillListener {

    private final FillProcessor processor;

    public FillListener(FillProcessor processor) {
        this.processor = processor;
    }

    @KafkaListener(id = "bot-fills", idIsGroup = false, topics = Topic.FILLS_NAME)
    public void on(FillEvent event) {
        switch (event) {
            case FillExecuted fill -> processor.onFill(fill);
        }
    }
}
