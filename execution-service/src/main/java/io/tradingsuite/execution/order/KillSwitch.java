package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.RiskControlEvent;
import io.tradingsuite.common.events.RiskLimitsChanged;
import io.tradingsuite.common.events.TradingStateChanged;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.types.TradingState;
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
 * them). An unknown scope throws (the record is dead-lettered).
 */
@Service
public class KillSwitch {

    public static final String CONSUMER = "execution-kill-switch";
    private static final Logger log = LoggerFactory.getLogger(KillSwitch.class);

    private final OrderCancellation cancellation;
    private final Inbox inbox;
    private final TransactionTemplate tx;

    public KillSwitch(OrderCancellation cancellation, Inbox inbox, TransactionTemplate tx) {
        this.cancellation = cancellation;
        this.inbox = inbox;
        this.tx = tx;
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
        return canceled;
    }
}
