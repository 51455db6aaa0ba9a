package io.tradingsuite.portfolio.ledger;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.core.portfolio.AccountValuation;
import io.tradingsuite.core.portfolio.PositionValuation;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/** Maps a valuation to the published {@link AccountSnapshot}. */
final class AccountSnapshots {

    private AccountSnapshots() {
    }

    static AccountSnapshot of(AccountValuation valuation, long version, Instant at, String correlationId) {
        return new AccountSnapshot(UUID.randomUUID(), at, correlationId, valuation.accountId(), version,
                valuation.fillsApplied(), valuation.cash(), valuation.equity(), valuation.buyingPower(),
                valuation.realizedPnl(), valuation.unrealizedPnl(),
                valuation.positions().stream().map(AccountSnapshots::position).toList());
    }

    private static AccountSnapshot.PositionSnapshot position(PositionValuation valued) {
        // The event's Price carries at most Price.MAX_SCALE decimals; the exact basis travels alongside it.
        Price average = valued.position().averageEntryPrice()
                .map(a -> Price.of(a.setScale(Price.MAX_SCALE, RoundingMode.HALF_EVEN)))
                .orElseThrow();
        return new AccountSnapshot.PositionSnapshot(valued.position().symbol(), valued.position().quantity(),
                valued.position().costBasis(), average, valued.mark(), valued.marketValue(), valued.unrealizedPnl());
    }
}
