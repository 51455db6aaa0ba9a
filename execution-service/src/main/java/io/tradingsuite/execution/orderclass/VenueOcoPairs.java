package io.tradingsuite.execution.orderclass;

import io.tradingsuite.common.types.OrderId;

/**
 * Pairs of exits that a broker holds as one oco order (Alpaca): when one ends there without filling (canceled,
 * expired), the broker ends the other too and reports each end itself. {@link ContingentOrders} then leaves the
 * sibling to the broker's report instead of canceling it here, so a fill of the sibling that the broker reports after
 * the first one's cancel is still applied. Absent on the paper venue.
 */
public interface VenueOcoPairs {

    /** True when {@code exit} and {@code sibling} are the two halves of one oco order at the venue. */
    boolean pairedAtVenue(OrderId exit, OrderId sibling);
}
