package io.tradingsuite.portfolio.messaging;

import io.tradingsuite.common.events.FillEvent;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.portfolio.ledger.LedgerService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code execution.fills.v1}. A record that cannot be applied throws and, after common's retries, lands
 * in {@code execution.fills.v1-dlt}; the partition carries on.
 */
@Component
public class FillListener {

    private final LedgerService ledger;

    public FillListener(LedgerService ledger) {
        this.ledger = ledger;
    }

    @KafkaListener(id = "portfolio-fills", topics = Topic.FILLS_NAME)
    public void on(FillEvent event) {
        switch (event) {
            case FillExecuted fill -> ledger.apply(fill);
        }
    }
}
