package io.tradingsuite.core.portfolio;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.TradeId;

/**
 * Result of applying one fill to an account: the position change and the exact cash movement.
 *
 * @param accountId    the account
 * @param tradeId      the fill applied
 * @param change       what happened to the position
 * @param cashBefore   cash before the fill
 * @param cashAfter    cash after the fill
 * @param cashDelta    {@code -qty x price} for a buy, {@code +qty x price} for a sell
 * @param fillsApplied number of fills applied to the account, including this one
 */
public record FillApplied(
        AccountId accountId,
        TradeId tradeId,
        PositionChange change,
        Money cashBefore,
        Money cashAfter,
        Money cashDelta,
        long fillsApplied) {

    /** P&amp;L realised by this fill. */
    public Money realizedPnl() {
        return change.realizedPnl();
    }
}
