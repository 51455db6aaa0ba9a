package io.tradingsuite.risk.decision;

import io.tradingsuite.common.events.OrderApproved;
import io.tradingsuite.common.events.OrderDecisionEvent;
import io.tradingsuite.common.events.OrderDenied;
import io.tradingsuite.common.events.OrderRequested;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.OrderRequestValidator;
import io.tradingsuite.core.risk.AccountState;
import io.tradingsuite.core.risk.OrderThrottle;
import io.tradingsuite.core.risk.PolicyDecision;
import io.tradingsuite.core.risk.RecentOrder;
import io.tradingsuite.core.risk.Reservation;
import io.tradingsuite.core.risk.RiskAuthority;
import io.tradingsuite.core.risk.RiskLimits;
import io.tradingsuite.core.risk.RiskReasonCode;
import io.tradingsuite.core.risk.RiskVerdict;
import io.tradingsuite.core.risk.UnappliedFills;
import io.tradingsuite.risk.control.AccountDecisionLock;
import io.tradingsuite.risk.control.LimitsService;
import io.tradingsuite.risk.control.TradingControlService;
import io.tradingsuite.risk.exposure.AccountStateRepository;
import io.tradingsuite.risk.locate.LocateService;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.risk.exposure.FillLedger;
import io.tradingsuite.risk.exposure.QuoteBook;
import io.tradingsuite.risk.exposure.ReservationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decides one order request, in one transaction: Inbox (de-duplicate by event id) → the account's decision lock
 * (concurrent requests of one account are decided one after the other) → shared validation
 * ({@code RISK_INVALID_ORDER}) → unique client order id per account ({@code RISK_DUPLICATE_CLIENT_ORDER_ID}) →
 * the trading-core policy chain with the limits, trading states and recent approvals read from the database → store the decision, reserve an approval, publish the decision through the
 * Outbox. Requests of one account arrive in order on one partition, so decisions of an account never race.
 */
@Service
public class OrderDecisionService {

    static final String CONSUMER = "risk-order-requests";
    static final String VALIDATION_POLICY = "OrderValidation";
    static final String DUPLICATE_POLICY = "UniqueClientOrderId";

    private static final Logger log = LoggerFactory.getLogger(OrderDecisionService.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final OrderRequestValidator validator;
    private final RiskAuthority authority;
    private final LimitsService limits;
    private final TradingControlService controls;
    private final AccountDecisionLock locks;
    private final DecisionRepository decisions;
    private final ReservationRepository reservations;
    private final AccountStateRepository accounts;
    private final FillLedger fills;
    private final QuoteBook quotes;
    private final RiskMetrics metrics;
    private final LocateService locates;
    private final Clock clock;

    public OrderDecisionService(Inbox inbox, Outbox outbox, OrderRequestValidator validator, RiskAuthority authority,
            LimitsService limits, TradingControlService controls, AccountDecisionLock locks,
            DecisionRepository decisions, ReservationRepository reservations,
            AccountStateRepository accounts, FillLedger fills, QuoteBook quotes, RiskMetrics metrics, LocateService locates,
            Clock clock) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.validator = validator;
        this.authority = authority;
        this.limits = limits;
        this.controls = controls;
        this.locks = locks;
        this.decisions = decisions;
        this.reservations = reservations;
        this.accounts = accounts;
        this.fills = fills;
        this.quotes = quotes;
        this.metrics = metrics;
        this.locates = locates;
        this.clock = clock;
    }

    /** Decides the request unless it was already decided; returns the published decision, empty for a redelivery. */
    @Transactional
    public Optional<OrderDecisionEvent> decide(OrderRequested request) {
        if (!inbox.firstDelivery(CONSUMER, request.eventId())) {
            log.debug("Ignoring redelivered order request {}", request.eventId());
            return Optional.empty();
        }
        locks.lock(request.accountId());
        RiskVerdict verdict = evaluate(request, limits.current());
        Instant decidedAt = clock.instant();
        OrderDecisionEvent event = toEvent(request, verdict, decidedAt);
        PolicyDecision.Denied denied = verdict.decision() instanceof PolicyDecision.Denied d ? d : null;
        Outcome outcome = denied == null ? Outcome.APPROVED : Outcome.DENIED;
        String reasonCode = denied == null ? null : denied.reasonCode().name();

        decisions.insert(new DecisionRepository.NewDecision(event.eventId(), request.eventId(), request.accountId(),
                request.order(), verdict.referencePrice().orElse(null), outcome, verdict.policy().orElse(null),
                reasonCode, denied == null ? null : denied.detail(), verdict.limitsVersion(), decidedAt,
                request.correlationId()));
        boolean ended = reservations.endedBeforeDecision(request.accountId(), request.order().clientOrderId());
        if (outcome == Outcome.APPROVED) {
            if (ended) {
                // canceled (or otherwise ended) before this decision: nothing can fill, nothing to hold
                log.info("order {} of account {} ended before its approval: nothing reserved",
                        request.order().clientOrderId(), request.accountId());
            } else {
                locates.use(request.accountId(), request.order().symbol(), verdict.locateUsed());
                reservations.reserve(request.accountId(), request.order(), verdict.referencePrice().orElseThrow(),
                        request.ocoWith(), decidedAt);
            }
        }
        outbox.publish(event);
        afterCommit(() -> metrics.decided(outcome, reasonCode, Duration.between(request.occurredAt(), decidedAt)));
        log.info("{} {} {} {} {} for account {}: {}", outcome.wire(), request.order().side().wire(),
                request.order().quantity(), request.order().symbol(), request.order().clientOrderId(),
                request.accountId(), reasonCode == null ? "all policies passed" : reasonCode);
        return Optional.of(event);
    }

    /**
     * Runs the validator, the duplicate-id check and the policies. For a replacement ({@code replaces} = the client
     * order id of the order it replaces) whose original still holds an OPEN reservation of the same symbol and side,
     * the original's reservation is reduced by what it still had open ({@code replacesOpenQuantity}; what is left,
     * fills of the original risk has not seen yet, still counts) and its approval is left out of the duplicate / throttle window: the
     * replacement takes its place. The original keeps its reservation until its {@code OrderReplaced} (or other end)
     * arrives, so after the approval both are held for a moment. An original already reported terminal counts as
     * usual (what it holds are fills risk has not seen yet: real exposure). An exit paired with another
     * ({@code ocoWith}: a bracket's legs, an oco's stop-loss) is decided with its open partner's reservation reduced
     * the same way: together they never fill more than the group's quantity, and once both are reserved the pair
     * counts once ({@link ReservationRepository#holding}). What the order takes over that way ({@code covered}) is
     * already committed: the limits on growth (position per symbol, concentration, gross and net exposure) count it
     * in the position before the order, so a second exit fully covered by its approved partner adds nothing to them.
     * (Without that, a take-profit was denied {@code RISK_CONCENTRATION} right after its stop-loss was approved: the
     * end of another order between the two decisions had moved the account over the limit, and denying the exit
     * removed no exposure, the stop-loss held it.)
     */
    private RiskVerdict evaluate(OrderRequested request, RiskLimits limits) {
        AccountId accountId = request.accountId();
        OrderTicket order = request.order();
        ClientOrderId replaces = request.replaces();
        ClientOrderId ocoWith = request.ocoWith();
        List<FieldViolation> violations = validator.check(order);
        if (!violations.isEmpty()) {
            String detail = violations.stream()
                    .map(v -> v.field() + ": " + v.code() + " (" + v.message() + ")")
                    .collect(Collectors.joining("; "));
            return RiskVerdict.deniedBefore(VALIDATION_POLICY, RiskReasonCode.RISK_INVALID_ORDER, detail, limits.version());
        }
        if (decisions.exists(accountId, order.clientOrderId())) {
            return RiskVerdict.deniedBefore(DUPLICATE_POLICY, RiskReasonCode.RISK_DUPLICATE_CLIENT_ORDER_ID,
                    "client order id " + order.clientOrderId() + " was already decided for account " + accountId,
                    limits.version());
        }
        Optional<AccountState> account = accounts.find(accountId);
        UnappliedFills unapplied = account
                .map(state -> fills.unapplied(accountId, state.fillsApplied()))
                .orElse(UnappliedFills.NONE);
        Duration lookBack = limits.duplicateWindow().compareTo(OrderThrottle.WINDOW) > 0
                ? limits.duplicateWindow() : OrderThrottle.WINDOW;
        List<RecentOrder> recent = decisions.approvedSince(accountId, clock.instant().minus(lookBack));
        List<Reservation> holding = reservations.holding(accountId);
        List<Reservation> held = holding;
        Optional<Reservation> original = takenPlaceOf(accountId, replaces, order);
        if (original.isPresent()) {
            recent = recent.stream().filter(r -> !r.order().clientOrderId().equals(replaces)).toList();
            // what the original still had open is released; the rest of its reservation (fills risk has not seen)
            // stays. Without the figure (an older execution service): the replacement's quantity
            holding = without(holding, original.get(),
                    request.replacesOpenQuantity() != null ? request.replacesOpenQuantity() : order.quantity());
        }
        Optional<Reservation> partner = takenPlaceOf(accountId, ocoWith, order);
        if (partner.isPresent()) {
            holding = without(holding, partner.get(), order.quantity());
        }
        // what the original or the partner no longer holds here, the order takes over: no growth on that part
        Quantity covered = original.isEmpty() && partner.isEmpty() ? Quantity.ZERO
                : committed(held, order).minus(committed(holding, order)).min(order.quantity());
        Optional<ReservationRepository.Seen> entry = request.exitOf() == null ? Optional.empty()
                : reservations.seen(accountId, request.exitOf()).filter(e -> e.reservation().symbol()
                        .equals(order.symbol()) && e.reservation().side() == order.side().opposite());
        if (entry.isPresent()) {
            // the exit was released by the entry's fill, which may not have reached risk yet: count it as in flight
            Quantity inFlight = order.quantity().minus(entry.get().filled());
            Reservation entryReservation = entry.get().reservation();
            if (inFlight.isPositive() && inFlight.compareTo(entryReservation.remaining()) <= 0) {
                unapplied = unapplied.plus(entryReservation.side(), entryReservation.symbol(), inFlight,
                        entryReservation.referencePrice().times(inFlight));
                holding = without(holding, entryReservation, inFlight);
            }
        }
        return authority.decide(order, quotes.latest(order.symbol()), account, unapplied,
                holding, limits, controls.effective(accountId, order.botId()), recent,
                limits.hardToBorrowSymbols().contains(order.symbol())
                        ? locates.available(accountId, order.symbol()) : Quantity.ZERO, covered);
    }

    /** The remaining quantity the reservations hold on the order's symbol and side. */
    private static Quantity committed(List<Reservation> holding, OrderTicket order) {
        Quantity sum = Quantity.ZERO;
        for (Reservation r : holding) {
            if (r.symbol().equals(order.symbol()) && r.side() == order.side()) {
                sum = sum.plus(r.remaining());
            }
        }
        return sum;
    }

    /**
     * The open reservation of the order {@code named} (an original being replaced, a paired exit) if it is one this
     * order can take the place of: same symbol and side. Anything else named is ignored (counted as usual).
     */
    private Optional<Reservation> takenPlaceOf(AccountId accountId, ClientOrderId named, OrderTicket order) {
        if (named == null) {
            return Optional.empty();
        }
        return reservations.open(accountId, named)
                .filter(r -> r.symbol().equals(order.symbol()) && r.side() == order.side());
    }

    /**
     * The reservations with {@code replaced}'s reduced by {@code covered} (what is left of it still counts);
     * {@code replaced} may be the stand-in of its pair.
     */
    private static List<Reservation> without(List<Reservation> holding, Reservation replaced, Quantity covered) {
        return holding.stream()
                .map(r -> r.clientOrderId().equals(replaced.clientOrderId()) ? r.reducedBy(covered) : r)
                .filter(r -> r.remaining().isPositive())
                .toList();
    }

    private static OrderDecisionEvent toEvent(OrderRequested request, RiskVerdict verdict, Instant decidedAt) {
        UUID eventId = UUID.randomUUID();
        if (verdict.decision() instanceof PolicyDecision.Denied denied) {
            return new OrderDenied(eventId, decidedAt, request.correlationId(), request.accountId(), request.eventId(),
                    request.order(), verdict.policy().orElse(null), denied.reasonCode().name(), denied.detail(),
                    verdict.limitsVersion());
        }
        return new OrderApproved(eventId, decidedAt, request.correlationId(), request.accountId(), request.eventId(),
                request.order(), verdict.referencePrice().orElse(null), verdict.limitsVersion());
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
