package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.TradeId;

/** Executions on {@code execution.fills.v1}, keyed by account. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = FillExecuted.class, name = "FillExecuted"))
public sealed interface FillEvent extends Event permits FillExecuted {

    AccountId accountId();

    TradeId tradeId();

    @Override
    default String partitionKey() {
        return accountId().value();
    }
}
