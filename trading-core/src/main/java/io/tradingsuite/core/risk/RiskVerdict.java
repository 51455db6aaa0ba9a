package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Price;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of the whole policy chain for one order.
 *
 * @param decision       approved, or the first denial
 * @param policy         name of the policy that denied; empty when approved
 * @param referencePrice the price the order was valued at, when there was one
 * @param limitsVersion  version of the limits used
 */
public record RiskVerdict(PolicyDecision decision, Optional<String> policy, Optional<Price> referencePrice,
        long limitsVersion) {

    public RiskVerdict {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(referencePrice, "referencePrice");
    }

    static RiskVerdict approved(RiskContext context) {
        return new RiskVerdict(PolicyDecision.approved(), Optional.empty(), context.referencePrice(),
                context.limits().version());
    }

    static RiskVerdict denied(String policy, PolicyDecision.Denied denied, RiskContext context) {
        return new RiskVerdict(denied, Optional.of(policy), context.referencePrice(), context.limits().version());
    }

    /** A denial decided before the policy chain (validation, duplicate client order id). */
    public static RiskVerdict deniedBefore(String policy, RiskReasonCode reasonCode, String detail, long limitsVersion) {
        return new RiskVerdict(PolicyDecision.denied(reasonCode, detail), Optional.of(policy), Optional.empty(),
                limitsVersion);
    }

    public boolean approved() {
        return decision.isApproved();
    }
}
