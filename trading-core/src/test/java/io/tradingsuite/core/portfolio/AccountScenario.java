package io.tradingsuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of the accounting scenarios: a fresh account, a tiny fill DSL, and the books checked after every test:
 * {@code startingCash + realizedPnl - sum(costBasis) == cash} and each position equals the signed sum of its fills.
 */
abstract class AccountScenario {

    static final AccountId ACCOUNT = AccountId.of("acc-1");
    static final Symbol AAPL = Symbol.of("AAPL");
    static final Symbol MSFT = Symbol.of("MSFT");
    static final Money STARTING_CASH = Money.of("100000.00");

    final Account account = Account.open(ACCOUNT, STARTING_CASH);
    private final List<FillExecuted> applied = new ArrayList<>();
    private int tradeSequence;

    FillApplied buy(String quantity, Symbol symbol, String price) {
        return apply(Side.BUY, quantity, symbol, price);
    }

    FillApplied sell(String quantity, Symbol symbol, String price) {
        return apply(Side.SELL, quantity, symbol, price);
    }

    FillApplied apply(Side side, String quantity, Symbol symbol, String price) {
        FillExecuted fill = fill(ACCOUNT, side, quantity, symbol, price);
        FillApplied result = account.apply(fill);
        applied.add(fill);
        return result;
    }

    FillExecuted fill(AccountId accountId, Side side, String quantity, Symbol symbol, String price) {
        tradeSequence++;
        return new FillExecuted(UUID.nameUUIDFromBytes(("fill-" + tradeSequence).getBytes()),
                Instant.parse("2026-01-05T14:30:00Z").plusSeconds(tradeSequence), "corr-" + tradeSequence,
                accountId, TradeId.of("T" + tradeSequence), OrderId.of("O" + tradeSequence), null, null,
                symbol, side, Quantity.of(quantity), Price.of(price), "paper");
    }

    static Money money(String value) {
        return Money.of(value);
    }

    @AfterEach
    void booksReconcileWithTheFills() {
        assertBooksReconcile(account, STARTING_CASH, applied);
    }

    static void assertBooksReconcile(Account account, Money startingCash, List<FillExecuted> fills) {
        assertThat(startingCash.plus(account.realizedPnl()).minus(account.totalCostBasis()))
                .as("starting cash + realized P&L - sum(cost basis)")
                .isEqualTo(account.cash());
        assertThat(account.reconciles()).isTrue();
        Map<Symbol, BigDecimal> signedSums = new HashMap<>();
        Money expectedCash = startingCash;
        for (FillExecuted fill : fills) {
            BigDecimal signed = fill.quantity().value().multiply(BigDecimal.valueOf(fill.side().sign()));
            signedSums.merge(fill.symbol(), signed, BigDecimal::add);
            expectedCash = fill.side() == Side.BUY ? expectedCash.minus(fill.notional()) : expectedCash.plus(fill.notional());
        }
        assertThat(account.cash()).as("cash = start -/+ sum(qty x price)").isEqualTo(expectedCash);
        signedSums.forEach((symbol, sum) ->
                assertThat(account.position(symbol).quantity()).as("position of " + symbol).isEqualTo(Quantity.of(sum)));
        assertThat(account.fillsApplied()).isEqualTo(fills.size());
    }
}
