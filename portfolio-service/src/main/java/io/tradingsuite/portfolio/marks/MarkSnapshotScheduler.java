package io.tradingsuite.portfolio.marks;

import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.portfolio.ledger.LedgerService;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code ts.portfolio.snapshot-interval}, re-publishes the snapshot of each account holding a symbol whose
 * mark changed since the last round. A failed round puts its symbols back so the next round retries them.
 */
@Component
public class MarkSnapshotScheduler {

    private static final Logger log = LoggerFactory.getLogger(MarkSnapshotScheduler.class);

    private final MarkBook marks;
    private final LedgerService ledger;

    public MarkSnapshotScheduler(MarkBook marks, LedgerService ledger) {
        this.marks = marks;
        this.ledger = ledger;
    }

    @Scheduled(fixedDelayString = "${ts.portfolio.snapshot-interval:5s}", initialDelayString = "${ts.portfolio.snapshot-interval:5s}")
    public void publishChangedMarks() {
        Set<Symbol> changed = marks.drainChanged();
        if (changed.isEmpty()) {
            return;
        }
        try {
            int published = ledger.publishMarkSnapshots(changed);
            log.debug("Marks changed for {}: {} account snapshot(s) published", changed, published);
        } catch (RuntimeException e) {
            changed.forEach(marks::markChanged);
            log.warn("Publishing mark snapshots failed, will retry: {}", e.toString());
        }
    }
}
