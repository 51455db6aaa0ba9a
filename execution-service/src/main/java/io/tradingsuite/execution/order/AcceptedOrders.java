package io.tradingsuite.execution.order;

import io.tradingsuite.core.order.Order;

/**
 * A venue that works an order inside the transaction that accepted it (the paper venue: matching it against the
 * latest quote there makes the acceptance and an immediate fill one commit). Without one (a broker), the accepted
 * order is handed to the venue after the commit ({@code OrderRouting#orderWorking}).
 */
public interface AcceptedOrders {

    /** Works the just accepted, locked order in the current transaction. */
    void workAccepted(Order order);
}
