package io.tradingsuite.execution.messaging;

import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.BarEvent;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.execution.algo.MarketVolume;
import io.tradingsuite.execution.venue.OrderRouting;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Closed bars reset the paper venue's participation budget of their symbol and feed the POV volume. */
@Component
class BarListener {

    private final OrderRouting venue;
    private final MarketVolume volume;

    BarListener(OrderRouting venue, MarketVolume volume) {
        this.venue = venue;
        this.volume = volume;
    }

    @KafkaListener(topics = Topic.BARS_NAME)
    void on(BarEvent event) {
        switch (event) {
            case BarClosed bar -> {
                venue.onBar(bar.symbol(), bar.volume());
                volume.onBar(bar.symbol(), bar.volume());
            }
        }
    }
}
