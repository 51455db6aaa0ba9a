package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tradingsuite.common.types.Symbol;

/** Events on {@code market-data.quotes.v1}, keyed by symbol. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = QuoteUpdated.class, name = "QuoteUpdated"))
public sealed interface QuoteEvent extends Event permits QuoteUpdated {

    Symbol symbol();

    @Override
    default String partitionKey() {
        return symbol().value();
    }
}
