package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tradingsuite.common.types.AccountId;

/** Commands on {@code risk.order-requests.v1} (anyone asks risk for an order), keyed by account. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = OrderRequested.class, name = "OrderRequested"))
public sealed interface OrderRequestEvent extends Event permits OrderRequested {

    AccountId accountId();

    @Override
    default String partitionKey() {
        return accountId().value();
    }
}
