package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.RiskControlEvent;
import io.tradingsuite.common.events.RiskLimitsChanged;
import io.tradingsuite.common.events.TradingStateChanged;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.types.TradingState;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reacts to risk's controls: a {@code TradingStateChanged} with {@code killSwitch=true} and state {@code halted}
 * cancels every open order of its scope ({@code global}, {@code account:<id>}, {@code bot:<id>}) in batches, one
 * transaction per batch, each published as {@code OrderCanceled} with reason {@value OrderCancellation#KILL_SWITCH}.
 * The event id is recorded in the inbox (consumer {@value #CONSUMER}) after the last batch: the cancels themselves
 * are idempotent, so a redelivery after a crash mid-way finishes the job. Limit changes are ignored (risk enforces
 * them). An unknown scope throws (the record is dead-lettered). The time from the kill (the event's
 * {@code occurredAt}) to the last cancel is the timer {@code ts.execution.kill.switch.latency}.
 */
@Service
public class KillSwitch {

    public static final String CONSUMER = "execution-kill-switch";
    private static final Logger log = LoggerFactory.getLogger(KillSwitch.class);

    private final OrderCancellation cancellation;
    private final Inbox inbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Timer latency;

    public KillSwitch(OrderCancellation cancellation, Inbox inbox, TransactionTemplate tx, Clock clock,
            MeterRegistry registry) {
        this.cancellation = cancellation;
        this.inbox = inbox;
        this.tx = tx;
        this.clock = clock;
        this.latency = Timer.builder("ts.execution.kill.switch.latency")
                .description("From the kill switch (the risk event's time) until every working order of its scope"
                        + " is canceled")
                .publishPercentileHistogram().register(registry);
    }

    /** Handles one control event; returns how many orders it canceled. */
    public int handle(RiskControlEvent event) {
        return switch (event) {
            case RiskLimitsChanged ignored -> 0;
            case TradingStateChanged changed -> changed.killSwitch() && changed.state() == TradingState.HALTED
                    ? cancelScope(changed) : 0;
        };
    }

    private int cancelScope(TradingStateChanged changed) {
        OrderScope scope = OrderScope.parse(changed.scope());
        // probe the inbox without recording: the event id is recorded only once every batch is done
        Boolean first = tx.execute(status -> {
            status.setRollbackOnly();
            return inbox.firstDelivery(CONSUMER, changed.eventId());
        });
        if (!Boolean.TRUE.equals(first)) {
            log.debug("kill switch {} already handled", changed.eventId());
            return 0;
        }
        log.warn("kill switch for {} ({}): canceling every open order", changed.scope(), changed.reason());
        int canceled = cancellation.cancelScope(scope, OrderCancellation.KILL_SWITCH);
        tx.executeWithoutResult(status -> inbox.firstDelivery(CONSUMER, changed.eventId()));
        Duration took = Duration.between(changed.occurredAt(), clock.instant());
        latency.record(took.isNegative() ? Duration.ZERO : took);
        log.warn("kill switch for {}: {} order(s) canceled, {} ms after the kill", changed.scope(), canceled,
                took.toMillis());
        return canceled;
    }
}
