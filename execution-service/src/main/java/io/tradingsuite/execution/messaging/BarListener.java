package io.tradingsuite.execution.messaging;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.BarEvent;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.execution.algo.MarketVolume;
import io.tradingsuite.execution.venue.PaperExecution;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Closed bars reset the paper venue's participation budget of their symbol. */
@Component
class BarListener {

    private final PaperExecution paper;
    private final MarketVolume volume;

    BarListener(PaperExecution paper, MarketVolume volume) {
        this.paper = paper;
        this.volume = volume;
    }

    @KafkaListener(topics = Topic.BARS_NAME)
    void on(BarEvent event) {
        switch (event) {
            case BarClosed bar -> {
                paper.onBar(bar.symbol(), bar.volume());
                volume.onBar(bar.symbol(), bar.volume());
            }
        }
    }
}
