package io.tradingsuite.execution.messaging;

import io.tradingsuite.common.events.RiskControlEvent;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.execution.order.KillSwitch;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Risk's controls ({@code risk.limits.v1}): a kill switch cancels every open order of its scope. */
@Component
class RiskControlListener {

    private final KillSwitch killSwitch;

    RiskControlListener(KillSwitch killSwitch) {
        this.killSwitch = killSwitch;
    }

    @KafkaListener(topics = Topic.LIMITS_NAME)
    void on(RiskControlEvent event) {
        killSwitch.handle(event);
    }
}
