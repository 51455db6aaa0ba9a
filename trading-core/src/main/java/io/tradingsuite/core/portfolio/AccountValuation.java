package io.tradingsuite.core.portfolio;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import java.util.List;

/**
 * An account valued at marks: {@code equity = cash + sum(marketValue)}, {@code unrealizedPnl = sum(marketValue -
 * costBasis)}. All amounts exact.
 *
 * @param accountId      the account
 * @param startingCash   cash the account was opened with
 * @param cash           current cash
 * @param realizedPnl    realised P&amp;L over the account's life
 * @param unrealizedPnl  unrealised P&amp;L of the open positions
 * @param marketValue    signed sum of the open positions' market values
 * @param equity         cash plus market value
 * @param fillsApplied   fills applied so far
 * @param positions      open positions with their marks, ordered by symbol
 */
public record AccountValuation(
        AccountId accountId,
        Money startingCash,
        Money cash,
        Money realizedPnl,
        Money unrealizedPnl,
        Money marketValue,
        Money equity,
        long fillsApplied,
        List<PositionValuation> positions) {

    public AccountValuation {
        positions = List.copyOf(positions);
    }

    static AccountValuation of(Account account, MarkSource marks) {
        List<PositionValuation> valued = account.openPositions().stream()
                .map(position -> PositionValuation.of(position, marks))
                .toList();
        Money marketValue = valued.stream().map(PositionValuation::marketValue).reduce(Money.ZERO, Money::plus);
        Money unrealized = valued.stream().map(PositionValuation::unrealizedPnl).reduce(Money.ZERO, Money::plus);
        return new AccountValuation(account.id(), account.startingCash(), account.cash(), account.realizedPnl(),
                unrealized, marketValue, account.cash().plus(marketValue), account.fillsApplied(), valued);
    }

    /** Buying power: cash (no margin in this version). */
    public Money buyingPower() {
        return cash;
    }
}
