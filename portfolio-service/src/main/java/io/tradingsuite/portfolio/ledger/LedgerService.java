package io.tradingsuite.portfolio.ledger;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.portfolio.Account;
import io.tradingsuite.core.portfolio.AccountValuation;
import io.tradingsuite.core.portfolio.FillApplied;
import io.tradingsuite.core.portfolio.MarkSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applies fills exactly once and publishes account snapshots, each in one database transaction with the state
 * change (inbox row, applied-fill row, account and position rows, outbox row).
 */
@Service
public class LedgerService {

    /** Inbox consumer name of the fills stream. */
    public static final String FILLS_CONSUMER = "portfolio-fills";

    private static final Logger log = LoggerFactory.getLogger(LedgerService.class);

    private final AccountRepository accounts;
    private final Inbox inbox;
    private final Outbox outbox;
    private final MarkSource marks;
    private final Clock clock;
    private final List<LedgerListener> listeners;

    public LedgerService(AccountRepository accounts, Inbox inbox, Outbox outbox, MarkSource marks, Clock clock,
                         List<LedgerListener> listeners) {
        this.accounts = accounts;
        this.inbox = inbox;
        this.outbox = outbox;
        this.marks = marks;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Applies a fill unless its event id or its trade id was seen before.
     *
     * @return the change, or empty for a duplicate
     * @throws UnknownAccountException if the fill's account is not kept here
     */
    @Transactional
    public Optional<FillApplied> apply(FillExecuted fill) {
        if (!inbox.firstDelivery(FILLS_CONSUMER, fill.eventId())) {
            log.info("Duplicate delivery of fill event {} (trade {}) ignored", fill.eventId(), fill.tradeId());
            return Optional.empty();
        }
        StoredAccount stored = accounts.lock(fill.accountId()).orElseThrow(() -> new UnknownAccountException(fill.accountId()));
        Instant now = clock.instant();
        if (!accounts.recordAppliedFill(fill, now)) {
            log.info("Trade {} already applied (re-published as event {}); ignored", fill.tradeId(), fill.eventId());
            return Optional.empty();
        }
        Account account = stored.account();
        FillApplied applied = account.apply(fill);
        if (!account.reconciles()) {
            throw new IllegalStateException("books of " + account.id() + " do not reconcile after trade " + fill.tradeId());
        }
        accounts.savePosition(account.id(), applied.change().after(), now);
        long version = stored.version() + 1;
        accounts.update(account, stored.version(), version, now);
        AccountValuation valuation = account.valuation(marks);
        outbox.publish(AccountSnapshots.of(valuation, version, now, fill.correlationId()));
        afterCommit(() -> listeners.forEach(l -> {
            l.fillApplied(applied);
            l.valued(valuation);
        }));
        log.debug("Applied trade {} to {}: {} -> cash {}", fill.tradeId(), account.id(), applied.change().kind(), account.cash());
        return Optional.of(applied);
    }

    /** Publishes a fresh snapshot of every account holding one of the symbols whose mark changed. */
    @Transactional
    public int publishMarkSnapshots(Set<Symbol> changedSymbols) {
        List<AccountId> affected = accounts.accountsHolding(changedSymbols);
        for (AccountId id : affected) {
            publishSnapshot(id, "marks");
        }
        return affected.size();
    }

    /** Creates the account if missing and publishes its current snapshot (so risk has state after a restart). */
    @Transactional
    public AccountSnapshot open(AccountId id, Money startingCash) {
        if (accounts.createIfMissing(id, startingCash, clock.instant())) {
            log.info("Opened account {} with starting cash {}", id, startingCash);
        }
        return publishSnapshot(id, "startup");
    }

    private AccountSnapshot publishSnapshot(AccountId id, String correlationId) {
        StoredAccount stored = accounts.lock(id).orElseThrow(() -> new UnknownAccountException(id));
        Instant now = clock.instant();
        long version = stored.version() + 1;
        accounts.update(stored.account(), stored.version(), version, now);
        AccountValuation valuation = stored.account().valuation(marks);
        AccountSnapshot snapshot = AccountSnapshots.of(valuation, version, now, correlationId);
        outbox.publish(snapshot);
        afterCommit(() -> listeners.forEach(l -> l.valued(valuation)));
        return snapshot;
    }

    /** The account's books valued at the current marks; empty if the account is not kept here. */
    @Transactional(readOnly = true)
    public Optional<AccountView> view(AccountId id) {
        return accounts.find(id).map(stored -> new AccountView(stored.account().valuation(marks), stored.updatedAt()));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
