package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tradingsuite.common.types.AccountId;

/** Account state on the compacted {@code portfolio.accounts.v1}, keyed by account. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = AccountSnapshot.class, name = "AccountSnapshot"))
public sealed interface AccountEvent extends Event permits AccountSnapshot {

    AccountId accountId();

    @Override
    default String partitionKey() {
        return accountId().value();
    }
}
