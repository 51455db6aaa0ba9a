package io.tradingsuite.core.risk;

import java.util.Objects;

/**
 * The amount limits of one {@link RiskLimits} version as {@link Amount}s, for the policies' comparisons. Built once
 * per limits version: {@link #of} keeps the last one it built and returns it again for the same limits.
 */
public record LimitAmounts(RiskLimits limits, Amount minOrderQuantity, Amount maxOrderQuantity,
        Amount maxOrderNotional, Amount maxPositionPerSymbol, Amount maxGrossExposure, Amount maxNetExposure,
        Amount maxDailyLoss) {

    private static volatile LimitAmounts last;

    public LimitAmounts {
        Objects.requireNonNull(limits, "limits");
    }

    /** The amounts of these limits (the same instance as last time when the limits are the same). */
    public static LimitAmounts of(RiskLimits limits) {
        LimitAmounts cached = last;
        if (cached != null && (cached.limits == limits || cached.limits.equals(limits))) {
            return cached;
        }
        LimitAmounts built = new LimitAmounts(limits, Amount.of(limits.minOrderQuantity().value()),
                Amount.of(limits.maxOrderQuantity().value()), Amount.of(limits.maxOrderNotional().value()),
                Amount.of(limits.maxPositionPerSymbol().value()), Amount.of(limits.maxGrossExposure().value()),
                Amount.of(limits.maxNetExposure().value()), Amount.of(limits.maxDailyLoss().value()));
        last = built;
        return built;
    }
}
