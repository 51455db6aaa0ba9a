package io.tradingsuite.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on a {@link RiskVerdict} that read as sentences. */
final class VerdictAssert {

    private VerdictAssert() {
    }

    static void assertApproved(RiskVerdict verdict) {
        assertThat(verdict.decision()).as("decision").isEqualTo(PolicyDecision.approved());
        assertThat(verdict.policy()).isEmpty();
    }

    static void assertDenied(RiskVerdict verdict, String policy, RiskReasonCode reason) {
        assertThat(verdict.decision()).as("decision").isInstanceOf(PolicyDecision.Denied.class);
        PolicyDecision.Denied denied = (PolicyDecision.Denied) verdict.decision();
        assertThat(denied.reasonCode()).as("reason code").isEqualTo(reason);
        assertThat(denied.detail()).isNotBlank();
        assertThat(verdict.policy()).contains(policy);
    }
}
