package io.tradingsuite.risk.control;

import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.events.RiskControlEvent;
import io.tradingsuite.common.events.RiskLimitsChanged;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.core.risk.RiskLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The limits in force. The database holds every version; the first one comes from configuration
 * ({@code ts.risk.limits.*}) when the database has none. Each change is version + 1, stored and published as
 * {@code RiskLimitsChanged} (scope {@code global}) in one transaction. Decisions call {@link #current()}, which
 * checks the current version in the database (one indexed query) and reuses the cached limits while it is unchanged,
 * so a change made by any replica applies to the next decision everywhere.
 */
@Service
public class LimitsService {

    private static final Logger log = LoggerFactory.getLogger(LimitsService.class);

    private final LimitsRepository repository;
    private final RiskLimits configured;
    private final Outbox outbox;
    private final Clock clock;
    private final AtomicReference<RiskLimits> cache = new AtomicReference<>();

    public LimitsService(LimitsRepository repository, RiskLimits configured, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.configured = configured;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The limits in force (stores and announces the configured ones first if the database has none). */
    @Transactional
    public RiskLimits current() {
        Long version = repository.currentVersion().orElse(null);
        if (version == null) {
            if (repository.insert(configured, "configuration", clock.instant())) {
                publish(configured, "configuration", clock.instant());
                log.info("Initial risk limits version {} from configuration", configured.version());
            }
            version = repository.currentVersion().orElseThrow();
        }
        RiskLimits cached = cache.get();
        if (cached != null && cached.version() == version) {
            return cached;
        }
        RiskLimits loaded = configured.withChanges(repository.values(version), version);
        cache.set(loaded);
        return loaded;
    }

    /**
     * Applies changes (limit name → value) as a new version.
     *
     * @throws io.tradingsuite.common.validation.ValidationException for unknown names and invalid values
     * @throws ApiException 409 when another change got the same version first
     */
    @Transactional
    public RiskLimits change(Map<String, String> changes, String changedBy) {
        RiskLimits current = current();
        RiskLimits next = current.withChanges(changes, current.version() + 1);
        Instant now = clock.instant();
        if (!repository.insert(next, changedBy, now)) {
            throw ApiException.conflict("the limits changed concurrently; read them again and retry");
        }
        publish(next, changedBy, now);
        log.warn("Risk limits version {} by {}: {}", next.version(), changedBy, changes);
        return next;
    }

    private void publish(RiskLimits limits, String changedBy, Instant at) {
        outbox.publish(new RiskLimitsChanged(UUID.randomUUID(), at, "risk-limits-" + limits.version(),
                RiskControlEvent.GLOBAL, limits.version(), limits.toMap(), changedBy));
    }
}
