package io.tradingsuite.execution.messaging;

import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.execution.order.DecisionProcessor;
import io.tradingsuite.execution.venue.PaperExecution;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Risk's decisions: approved orders go to the paper venue, denied ones are recorded as {@code denied}. */
@Component
class OrderDecisionListener {

    private final DecisionProcessor decisions;
    private final PaperExecution paper;

    OrderDecisionListener(DecisionProcessor decisions, PaperExecution paper) {
        this.decisions = decisions;
        this.paper = paper;
    }

    @KafkaListener(topics = Topic.ORDER_DECISIONS_NAME)
    void on(OrderDecisionEvent decision) {
        decisions.handle(decision).ifPresent(order -> paper.orderWorking(order.id(), order.ticket().symbol()));
    }
}
