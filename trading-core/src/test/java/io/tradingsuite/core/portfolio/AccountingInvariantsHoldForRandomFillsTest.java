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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random fill sequences (fractional quantities, 8-decimal prices, flips, shorts) keep the books exact. */
class AccountingInvariantsHoldForRandomFillsTest {

    private static final AccountId ACCOUNT = AccountId.of("prop");
    private static final List<Symbol> SYMBOLS = List.of(Symbol.of("AAPL"), Symbol.of("MSFT"), Symbol.of("BRK.B"));
    private static final Money STARTING_CASH = Money.of("100000.00");

    @Property(tries = 300, seed = "20260105")
    void cashRealisedPnlAndCostBasisReconcileExactlyAfterEveryFill(@ForAll("fillSequences") List<FillSpec> specs) {
        Account account = Account.open(ACCOUNT, STARTING_CASH);
        List<FillExecuted> applied = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            FillExecuted fill = specs.get(i).toFill(i);
            FillApplied result = account.apply(fill);
            applied.add(fill);
            AccountScenario.assertBooksReconcile(account, STARTING_CASH, applied);
            assertThat(result.cashAfter().minus(result.cashBefore())).isEqualTo(result.cashDelta());
            assertThat(result.change().closedQuantity().plus(result.change().openedQuantity())).isEqualTo(fill.quantity());
        }
        // valuing at the last fill prices: equity = start + realised + unrealised, exactly
        AccountValuation valuation = account.valuation(MarkSource.NONE);
        assertThat(valuation.equity()).isEqualTo(STARTING_CASH.plus(valuation.realizedPnl()).plus(valuation.unrealizedPnl()));
    }

    @Property(tries = 200, seed = "42")
    void closingEveryPositionLeavesNoCostBasisAndCashEqualsStartPlusRealised(@ForAll("fillSequences") List<FillSpec> specs) {
        Account account = Account.open(ACCOUNT, STARTING_CASH);
        for (int i = 0; i < specs.size(); i++) {
            account.apply(specs.get(i).toFill(i));
        }
        int next = specs.size();
        for (Position position : account.openPositions()) {
            Side side = position.quantity().isPositive() ? Side.SELL : Side.BUY;
            account.apply(new FillSpec(position.symbol(), side, position.quantity().abs(), Price.of("123.45678901")).toFill(next++));
        }
        assertThat(account.openPositions()).isEmpty();
        assertThat(account.totalCostBasis()).isEqualTo(Money.ZERO);
        assertThat(account.cash()).isEqualTo(STARTING_CASH.plus(account.realizedPnl()));
        assertThat(account.valuation(MarkSource.of(Map.of())).equity()).isEqualTo(account.cash());
    }

    @Provide
    Arbitrary<List<FillSpec>> fillSequences() {
        Arbitrary<Symbol> symbols = Arbitraries.of(SYMBOLS);
        Arbitrary<Side> sides = Arbitraries.of(Side.class);
        Arbitrary<Quantity> quantities = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.000000001"), new BigDecimal("500"))
                .ofScale(Quantity.MAX_SCALE)
                .edgeCases(config -> config.add(BigDecimal.ONE, new BigDecimal("3")))
                .map(Quantity::of)
                .filter(Quantity::isPositive);
        Arbitrary<Price> prices = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.00000001"), new BigDecimal("5000"))
                .ofScale(Price.MAX_SCALE)
                .map(Price::of);
        Arbitrary<FillSpec> fills = Combinators.combine(symbols, sides, quantities, prices).as(FillSpec::new);
        return fills.list().ofMinSize(1).ofMaxSize(40);
    }

    record FillSpec(Symbol symbol, Side side, Quantity quantity, Price price) {

        FillExecuted toFill(int sequence) {
            return new FillExecuted(UUID.nameUUIDFromBytes(("p-" + sequence).getBytes()),
                    Instant.parse("2026-01-05T14:30:00Z").plusSeconds(sequence), null, ACCOUNT,
                    TradeId.of("T" + sequence), OrderId.of("O" + sequence), null, null, symbol, side, quantity, price, "paper");
        }
    }
}
