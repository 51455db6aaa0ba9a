package io.tradingsuite.risk.messaging;

import io.tradingsuite.common.events.AccountEvent;
import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.BarEvent;
import io.tradingsuite.common.events.FillEvent;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderEvent;
import io.tradingsuite.common.events.OrderRequestEvent;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.QuoteEvent;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.risk.decision.OrderDecisionService;
import io.tradingsuite.risk.exposure.ExposureService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Risk's Kafka inputs. A record that can't be read or processed fails here; common's error handler retries it
 * and then sends it to {@code <topic>-dlt}, and the partition carries on.
 */
@Component
class RiskListeners {

    private final OrderDecisionService decisions;
    private final ExposureService exposure;

    RiskListeners(OrderDecisionService decisions, ExposureService exposure) {
        this.decisions = decisions;
        this.exposure = exposure;
    }

    /** Started by {@link DecideAfterCatchingUp} once fills, order events and snapshots are caught up. */
    @KafkaListener(id = DecideAfterCatchingUp.ORDER_REQUESTS_LISTENER, idIsGroup = false,
            topics = Topic.ORDER_REQUESTS_NAME, autoStartup = "false")
    void onOrderRequest(OrderRequestEvent event) {
        switch (event) {
            case OrderRequested request -> decisions.decide(request);
        }
    }

    @KafkaListener(id = "risk-accounts", idIsGroup = false, topics = Topic.ACCOUNTS_NAME)
    void onAccount(AccountEvent event) {
        switch (event) {
            case AccountSnapshot snapshot -> exposure.onAccountSnapshot(snapshot);
        }
    }

    @KafkaListener(id = "risk-fills", idIsGroup = false, topics = Topic.FILLS_NAME)
    void onFill(FillEvent event) {
        switch (event) {
            case FillExecuted fill -> exposure.onFill(fill);
        }
    }

    @KafkaListener(id = "risk-order-events", idIsGroup = false, topics = Topic.ORDER_EVENTS_NAME)
    void onOrderEvent(OrderEvent event) {
        // only an order's end changes a reservation: the others (accepted, partly filled, done for the day) need no
        // transaction at all (a fill's quantity comes with FillExecuted)
        if (ExposureService.filledAtEnd(event).isPresent()) {
            exposure.onOrderEvent(event);
        }
    }

    @KafkaListener(id = "risk-quotes", idIsGroup = false, topics = Topic.QUOTES_NAME)
    void onQuote(QuoteEvent event) {
        switch (event) {
            case QuoteUpdated quote -> exposure.onQuote(quote);
        }
    }

    @KafkaListener(id = "risk-bars", idIsGroup = false, topics = Topic.BARS_NAME)
    void onBar(BarEvent event) {
        switch (event) {
            case BarClosed bar -> exposure.onBar(bar);
        }
    }
}
