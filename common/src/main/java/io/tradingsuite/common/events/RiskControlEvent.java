package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Risk's runtime controls on the compacted {@code risk.limits.v1}: the current limits and the trading state of each
 * scope ({@code global}, {@code account:<id>}, {@code bot:<id>}). Keyed by {@code <kind>/<scope>}, so compaction keeps
 * the latest limits and the latest state of every scope.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RiskLimitsChanged.class, name = "RiskLimitsChanged"),
    @JsonSubTypes.Type(value = TradingStateChanged.class, name = "TradingStateChanged")
})
public sealed interface RiskControlEvent extends Event permits RiskLimitsChanged, TradingStateChanged {

    String GLOBAL = "global";

    /** {@code global}, {@code account:<id>} or {@code bot:<id>}. */
    String scope();

    /** Monotonic version of this kind of control for the scope. */
    long version();
}
