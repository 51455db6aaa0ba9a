package io.tradingsuite.risk.control;

import io.tradingsuite.common.events.TradingStateChanged;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.core.risk.EffectiveTradingState;
import io.tradingsuite.core.risk.RiskScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes trading states (by risk admins, by the kill switch, or automatically when an account breaches a loss
 * limit): the new state is stored and announced as {@code TradingStateChanged} on {@code risk.limits.v1} in one
 * transaction. States are read from the database at every decision, so they survive restarts and apply to every
 * replica at once.
 */
@Service
public class TradingControlService {

    /** Who the automatic switch to reducing is attributed to. */
    public static final String AUTOMATIC = "risk-service";

    private static final Logger log = LoggerFactory.getLogger(TradingControlService.class);

    private final TradingStateRepository states;
    private final Outbox outbox;
    private final Clock clock;

    public TradingControlService(TradingStateRepository states, Outbox outbox, Clock clock) {
        this.states = states;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Every scope that has a stored state, with the global scope always listed first. */
    @Transactional(readOnly = true)
    public List<ScopeState> all() {
        List<ScopeState> all = new ArrayList<>(states.all());
        if (all.stream().noneMatch(s -> s.scope().equals(RiskScope.GLOBAL))) {
            all.addFirst(ScopeState.initial(RiskScope.GLOBAL));
        } else {
            all.sort((a, b) -> a.scope().equals(RiskScope.GLOBAL) ? -1 : b.scope().equals(RiskScope.GLOBAL) ? 1
                    : a.scope().wire().compareTo(b.scope().wire()));
        }
        return all;
    }

    /** The stored state of a scope (active, version 0, when it never changed). */
    @Transactional(readOnly = true)
    public ScopeState state(RiskScope scope) {
        return states.find(scope).orElseGet(() -> ScopeState.initial(scope));
    }

    /** Sets the state of a scope and publishes the change. */
    @Transactional
    public ScopeState change(RiskScope scope, TradingState state, boolean killSwitch, String reason, String changedBy) {
        ScopeState previous = states.find(scope).orElseGet(() -> ScopeState.initial(scope));
        Instant now = clock.instant();
        ScopeState next = new ScopeState(scope, state, killSwitch, reason, changedBy, previous.version() + 1, now);
        states.save(next);
        outbox.publish(new TradingStateChanged(UUID.randomUUID(), now, "risk-state-" + UUID.randomUUID(),
                scope.wire(), next.version(), state, killSwitch, reason, changedBy));
        log.warn("Trading state of {} changed from {} to {}{} by {}: {}", scope, previous.state().wire(), state.wire(),
                killSwitch ? " (kill switch)" : "", changedBy, reason);
        return next;
    }

    /** The kill switch: the scope is halted and execution cancels its working orders. */
    @Transactional
    public ScopeState kill(RiskScope scope, String reason, String changedBy) {
        return change(scope, TradingState.HALTED, true, reason == null ? "kill switch" : reason, changedBy);
    }

    /** Releases a halt or a reduce-only state (and the kill switch): the scope trades normally again. */
    @Transactional
    public ScopeState resume(RiskScope scope, String reason, String changedBy) {
        return change(scope, TradingState.ACTIVE, false, reason == null ? "resumed" : reason, changedBy);
    }

    /**
     * Switches an account that breached a loss limit to reducing, unless it already is reducing or halted; must be
     * called inside the transaction that stored the breaching snapshot.
     */
    public void reduceAfterBreach(AccountId accountId, String reason) {
        RiskScope scope = RiskScope.account(accountId);
        ScopeState current = states.find(scope).orElseGet(() -> ScopeState.initial(scope));
        if (current.state() == TradingState.ACTIVE) {
            change(scope, TradingState.REDUCING, false, reason, AUTOMATIC);
        }
    }

    /** The most restrictive state of the global scope, the account and the bot (if any). */
    public EffectiveTradingState effective(AccountId accountId, BotId botId) {
        List<RiskScope> scopes = new ArrayList<>(List.of(RiskScope.GLOBAL, RiskScope.account(accountId)));
        if (botId != null) {
            scopes.add(RiskScope.bot(botId));
        }
        Map<RiskScope, TradingState> byScope = new HashMap<>();
        states.find(scopes).forEach(s -> byScope.put(s.scope(), s.state()));
        return EffectiveTradingState.of(byScope, accountId, botId);
    }
}
