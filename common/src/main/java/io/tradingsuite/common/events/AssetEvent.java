package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tradingsuite.common.types.Symbol;

/** The asset master on the compacted {@code market-data.assets.v1}, keyed by symbol. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = AssetUpdated.class, name = "AssetUpdated"))
public sealed interface AssetEvent extends Event permits AssetUpdated {

    Symbol symbol();

    @Override
    default String partitionKey() {
        return symbol().value();
    }
}
