package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.execution.order.AcceptedOrders;
import io.tradingsuite.execution.order.VenueCancels;
import io.tradingsuite.execution.order.VenueReadiness;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code ts.execution.venue=paper} (the default): orders are worked by {@link PaperExecution} on the order table,
 * exactly as before the venue port existed, and cancels are confirmed at once. An accepted order is matched in the
 * accepting transaction ({@link AcceptedOrders}).
 */
@Component
@ConditionalOnProperty(name = "ts.execution.venue", havingValue = "paper", matchIfMissing = true)
public class PaperRouting implements OrderRouting, VenueCancels, VenueReadiness, AcceptedOrders {

    private final PaperExecution paper;

    public PaperRouting(PaperExecution paper) {
        this.paper = paper;
    }

    @Override
    public void orderWorking(Order order) {
        paper.orderWorking(order.id(), order.ticket().symbol());
    }

    @Override
    public void workAccepted(Order order) {
        paper.workAccepted(order.id(), order.ticket().symbol());
    }

    @Override
    public void onQuote(Quote quote) {
        paper.onQuote(quote);
    }

    @Override
    public void onBar(Symbol symbol, long volume) {
        paper.onBar(symbol, volume);
    }

    @Override
    public java.util.Optional<String> notReadyReason() {
        return java.util.Optional.empty();
    }

    @Override
    public boolean confirmsAtOnce() {
        return true;
    }

    @Override
    public Answer send(Order order) {
        throw new IllegalStateException("the paper venue confirms cancels at once; nothing to forward");
    }
}
