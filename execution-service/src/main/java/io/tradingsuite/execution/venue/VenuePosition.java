package io.tradingsuite.execution.venue;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;

/** A position at the venue: signed quantity (negative = short) and average entry price. */
public record VenuePosition(Symbol symbol, Quantity quantity, Price averageEntryPrice) {
}
