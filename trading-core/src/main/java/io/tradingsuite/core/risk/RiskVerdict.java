package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of the whole policy chain for one order.
 *
 * @param decision       approved, or the first denial
 * @param policy         name of the policy that denied; empty when approved
 * @param referencePrice the price the order was valued at, when there was one
 * @param limitsVersion  version of the limits used
 * @param locateUsed     located shares an approved short sale of a hard-to-borrow symbol uses up (zero otherwise)
 */
public record RiskVerdict(PolicyDecision decision, Optional<String> policy, Optional<Price> referencePrice,
        long limitsVersion, Quantity locateUsed) {

    public RiskVerdict {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(locateUsed, "locateUsed");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(referencePrice, "referencePrice");
    }

    static RiskVerdict approved(RiskContext context) {
        Quantity locateUsed = context.limits().hardToBorrowSymbols().contains(context.order().symbol())
                ? context.shortSaleQuantity() : Quantity.ZERO;
        return new RiskVerdict(PolicyDecision.approved(), Optional.empty(), context.referencePrice(),
                context.limits().version(), locateUsed);
    }

    static RiskVerdict denied(String policy, PolicyDecision.Denied denied, RiskContext context) {
        return new RiskVerdict(denied, Optional.of(policy), context.referencePrice(), context.limits().version(),
                Quantity.ZERO);
    }

    /** A denial decided before the policy chain (validation, duplicate client order id). */
    public static RiskVerdict deniedBefore(String policy, RiskReasonCode reasonCode, String detail, long limitsVersion) {
        return new RiskVerdict(PolicyDecision.denied(reasonCode, detail), Optional.of(policy), Optional.empty(),
                limitsVersion, Quantity.ZERO);
    }

    public boolean approved() {
        return decision.isApproved();
    }
}
