package io.tradingsuite.execution.messaging;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.BarEvent;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.execution.venue.PaperExecution;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Closed bars reset the paper venue's participation budget of their symbol. */
@Component
class BarListener {

    private final PaperExecution paper;

    BarListener(PaperExecution paper) {
        this.paper = paper;
    }

    @KafkaListener(topics = Topic.BARS_NAME)
    void on(BarEvent event) {
        switch (event) {
            case BarClosed bar -> paper.onBar(bar.symbol(), bar.volume());
        }
    }
}
