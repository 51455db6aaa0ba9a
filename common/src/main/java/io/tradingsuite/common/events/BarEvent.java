package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tradingsuite.common.types.Symbol;

/** Events on {@code market-data.bars.v1}, keyed by symbol. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = BarClosed.class, name = "BarClosed"))
public sealed interface BarEvent extends Event permits BarClosed {

    Symbol symbol();

    @Override
    default String partitionKey() {
        return symbol().value();
    }
}
