package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.venue.PaperVenue;
import io.tradingsuite.execution.config.ExecutionProperties;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * How much more each symbol may trade on the paper venue until the next bar: every closed bar resets the budget to
 * {@code participation-rate x bar volume} (whole shares, rounded down), every fill consumes from it. Before the first
 * bar of a symbol there is no budget (fills are limited by the displayed size only). In memory, per replica.
 */
@Component
public class ParticipationBudget {

    private final BigDecimal rate;
    private final ConcurrentMap<Symbol, Quantity> remaining = new ConcurrentHashMap<>();

    public ParticipationBudget(ExecutionProperties properties) {
        this.rate = properties.paper().participationRate();
    }

    /** A bar closed: the budget of its symbol starts over. */
    public void onBar(Symbol symbol, long volume) {
        remaining.put(symbol, PaperVenue.participationCap(rate, volume));
    }

    /** What may still fill on the symbol, or null when no bar was seen yet (no cap). */
    public Quantity remaining(Symbol symbol) {
        return remaining.get(symbol);
    }

    /** A fill consumed part of the budget. */
    public void consume(Symbol symbol, Quantity quantity) {
        remaining.computeIfPresent(symbol, (s, left) -> {
            Quantity after = left.minus(quantity);
            return after.isNegative() ? Quantity.ZERO : after;
        });
    }
}
