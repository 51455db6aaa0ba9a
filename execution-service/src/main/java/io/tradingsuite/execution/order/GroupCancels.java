package io.tradingsuite.execution.order;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.execution.order.OrderCancellation.CancelResult;
import java.util.Optional;

/**
 * Cancels an order-class group as a whole when the owner cancels its primary (the entry of a bracket / oto, the
 * take-profit of an oco): held and working legs included, in one transaction. Empty when {@code id} is no group's
 * primary (the order is then canceled on its own).
 */
public interface GroupCancels {

    Optional<CancelResult> cancelGroup(AccountId account, OrderId id, String reason);
}
