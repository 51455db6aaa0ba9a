package io.tradingsuite.portfolio.web;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.portfolio.ledger.AccountView;
import java.time.Instant;

/**
 * {@code GET /api/portfolio}: the account's books at the current marks, all amounts exact decimal strings.
 *
 * @param accountId      the caller's account
 * @param cash           cash
 * @param equity         cash plus the signed market value of the positions
 * @param buyingPower    cash (no margin)
 * @param realizedPnl    realised P&amp;L since the account opened
 * @param unrealizedPnl  unrealised P&amp;L at the current marks
 * @param startingCash   cash the account opened with
 * @param positionsCount open positions
 * @param fillsApplied   fills applied so far
 * @param updatedAt      when the account last changed
 */
public record PortfolioResponse(
        AccountId accountId,
        Money cash,
        Money equity,
        Money buyingPower,
        Money realizedPnl,
        Money unrealizedPnl,
        Money startingCash,
        int positionsCount,
        long fillsApplied,
        Instant updatedAt) {

    static PortfolioResponse of(AccountView view) {
        var v = view.valuation();
        return new PortfolioResponse(v.accountId(), v.cash(), v.equity(), v.buyingPower(), v.realizedPnl(),
                v.unrealizedPnl(), v.startingCash(), v.positions().size(), v.fillsApplied(), view.updatedAt());
    }
}
