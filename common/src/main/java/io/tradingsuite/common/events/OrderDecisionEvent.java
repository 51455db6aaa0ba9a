package io.tradingsuite.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tradingsuite.common.types.AccountId;
import java.util.UUID;

/** Risk's answers on {@code risk.order-decisions.v1}, keyed by account. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OrderApproved.class, name = "OrderApproved"),
    @JsonSubTypes.Type(value = OrderDenied.class, name = "OrderDenied")
})
public sealed interface OrderDecisionEvent extends Event permits OrderApproved, OrderDenied {

    AccountId accountId();

    /** The {@code eventId} of the {@link OrderRequested} this decides. */
    UUID requestId();

    OrderTicket order();

    /** Version of the risk limits the decision was made with. */
    long limitsVersion();

    @Override
    default String partitionKey() {
        return accountId().value();
    }
}
