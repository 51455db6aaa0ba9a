package io.tradingsuite.execution.venue;

import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.core.order.Fill;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderDomainEvent;
import io.tradingsuite.core.venue.PaperVenue;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.core.venue.VenueFill;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderEventMapper;
import io.tradingsuite.execution.order.OrderRepository;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works orders on the paper venue. On every quote: remember it, then match each working order on the symbol. When an
 * order starts working: match it against the latest quote, or leave it waiting for the first one. Each fill is one
 * transaction: the order row is locked and updated, the fill row inserted (unique trade id), and {@code FillExecuted}
 * plus {@code OrderPartiallyFilled}/{@code OrderFilled} are published through the outbox. Fills are stamped with the
 * service clock (the quote may be older than the order).
 */
@Service
public class PaperExecution {

    private static final Logger log = LoggerFactory.getLogger(PaperExecution.class);

    private final QuoteBook quotes;
    private final OrderRepository orders;
    private final PaperVenue venue;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final ExecutionMetrics metrics;
    private final Clock clock;

    public PaperExecution(QuoteBook quotes, OrderRepository orders, PaperVenue venue, Outbox outbox,
            TransactionTemplate tx, ExecutionMetrics metrics, Clock clock) {
        this.quotes = quotes;
        this.orders = orders;
        this.venue = venue;
        this.outbox = outbox;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * A new quote: remember it and match every working order on its symbol. One order failing (logged) does not stop
     * the others; it is matched again on the next quote.
     */
    public void onQuote(Quote quote) {
        quotes.update(quote);
        for (OrderId id : orders.workingOrderIds(quote.symbol())) {
            try {
                work(id, quote);
            } catch (RuntimeException e) {
                log.error("matching order {} on the {} quote failed; it stays working", id, quote.symbol(), e);
            }
        }
    }

    /** An order started working: match it against the latest quote of its symbol, if there is one. */
    public void orderWorking(OrderId id, io.tradingsuite.common.types.Symbol symbol) {
        quotes.latest(symbol).ifPresentOrElse(q -> work(id, q),
                () -> log.debug("order {} waits for the first {} quote", id, symbol));
    }

    private void work(OrderId id, Quote quote) {
        Quote now = new Quote(quote.symbol(), quote.bid(), quote.ask(), quote.bidSize(), quote.askSize(), clock.instant());
        Executed executed = tx.execute(status -> {
            Order order = orders.lock(id).orElse(null);
            if (order == null) {
                return null;
            }
            List<VenueFill> fills = venue.match(order, now);
            if (fills.isEmpty()) {
                return null;
            }
            VenueFill venueFill = fills.getFirst();
            Fill fill = venueFill.toFill();
            OrderDomainEvent event = order.apply(fill);
            if (!orders.insertFill(order, venueFill)) {
                status.setRollbackOnly();
                return null;
            }
            orders.update(order);
            outbox.publish(OrderEventMapper.toFillExecuted(order, fill));
            OrderEventMapper.toOrderEvent(order, event).ifPresent(outbox::publish);
            return new Executed(order, venueFill);
        });
        if (executed != null) {
            Order order = executed.order();
            VenueFill fill = executed.fill();
            metrics.fillExecuted(fill.price().times(fill.quantity()), fill.slippageBps(order.ticket().side() == Side.BUY));
            if (order.status().isTerminal() || order.fillCount() == 1) {
                metrics.orderEntered(order.status());
            }
            log.info("filled {} {} of order {} at {} ({})", fill.quantity(), order.ticket().symbol(), order.id(),
                    fill.price(), order.status().wire());
        }
    }

    private record Executed(Order order, VenueFill fill) {
    }
}
