package io.tradingsuite.execution.messaging;

import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.execution.order.DecisionProcessor;
import io.tradingsuite.execution.venue.OrderRouting;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Risk's decisions: approved orders go to the configured venue, denied ones are recorded as {@code denied}. */
@Component
class OrderDecisionListener {

    private final DecisionProcessor decisions;
    private final OrderRouting venue;

    OrderDecisionListener(DecisionProcessor decisions, OrderRouting venue) {
        this.decisions = decisions;
        this.venue = venue;
    }

    @KafkaListener(topics = Topic.ORDER_DECISIONS_NAME)
    void on(OrderDecisionEvent decision) {
        decisions.handle(decision).ifPresent(order -> venue.orderWorking(order));
    }
}
