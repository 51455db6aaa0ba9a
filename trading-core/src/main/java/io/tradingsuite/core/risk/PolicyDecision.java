package io.tradingsuite.core.risk;

import java.util.Objects;

/** What one policy (or the whole chain) says about an order: {@link Approved} or {@link Denied}. */
public sealed interface PolicyDecision permits PolicyDecision.Approved, PolicyDecision.Denied {

    /** The single approval value. */
    Approved APPROVED = new Approved();

    static Approved approved() {
        return APPROVED;
    }

    static Denied denied(RiskReasonCode reasonCode, String detail) {
        return new Denied(reasonCode, detail);
    }

    default boolean isApproved() {
        return this instanceof Approved;
    }

    /** The policy allows the order. */
    record Approved() implements PolicyDecision {
    }

    /** The policy refuses the order with a stable reason code and a human-readable detail. */
    record Denied(RiskReasonCode reasonCode, String detail) implements PolicyDecision {

        public Denied {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
