package io.tradingsuite.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.venue.MarketClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The incremental gross/net exposure of {@link RiskContext#exposure()} (snapshot sums, then only the symbols that an
 * order, an open order or an unapplied fill touches) equals the definition evaluated over every symbol, for random
 * snapshots (with and without marks), unapplied fills, open orders and orders; and a {@code covered} part of the
 * order moves "before" exactly as the reservation it takes over would.
 */
class IncrementalExposureEqualsAFullPassTest {

    private static final List<Symbol> SYMBOLS = List.of(Symbol.of("A"), Symbol.of("B"), Symbol.of("C"), Symbol.of("D"),
            Symbol.of("E"));
    private static final Instant NOW = Instant.parse("2025-03-03T15:00:00Z");

    record Holding(int symbol, int quantity, int markCents) {
    }

    record Open(int symbol, boolean buy, int remaining, int priceCents) {
    }

    record Scenario(List<Holding> holdings, List<Holding> unapplied, List<Open> open, int orderSymbol, boolean buy,
            int quantity, int limitCents) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Holding> holding = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(-50, 50), Arbitraries.integers().between(0, 3000)).as(Holding::new);
        Arbitrary<Open> open = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 3000)).as(Open::new);
        return Combinators.combine(holding.list().ofMaxSize(6), holding.list().ofMaxSize(3), open.list().ofMaxSize(4),
                Arbitraries.integers().between(0, 4), Arbitraries.of(true, false), Arbitraries.integers().between(1, 60),
                Arbitraries.integers().between(0, 3000)).as(Scenario::new);
    }

    @Property(tries = 500, seed = "20261202")
    void incrementalSumsEqualTheFullPass(@ForAll("scenarios") Scenario scenario) {
        RiskContext context = context(scenario);

        RiskContext.Exposure exposure = context.exposure();

        BigDecimal[] before = fullPass(context, false);
        BigDecimal[] after = fullPass(context, true);
        assertThat(exposure.grossBefore()).isEqualTo(Money.of(before[0]));
        assertThat(exposure.netBefore()).isEqualTo(Money.of(before[1].abs()));
        assertThat(exposure.grossAfter()).isEqualTo(Money.of(after[0]));
        assertThat(exposure.netAfter()).isEqualTo(Money.of(after[1].abs()));
    }

    /**
     * A {@code covered} part of the order counts in "before" exactly as if the reservation it takes over were still
     * held in full (a partner of the same side and symbol with that remaining quantity), and leaves "after" as it is.
     */
    @Property(tries = 500, seed = "20261204")
    void aCoveredPartCountsBeforeTheOrderAsTheReservationItTakesOver(@ForAll("scenarios") Scenario scenario,
            @ForAll("covers") int cover) {
        Quantity covered = Quantity.of(Math.min(cover, scenario.quantity()));
        RiskContext withCover = context(scenario, covered, List.of());
        RiskContext uncovered = context(scenario, Quantity.ZERO, List.of());
        Reservation partner = new Reservation(ClientOrderId.of("partner"), scenario.buy() ? Side.BUY : Side.SELL,
                SYMBOLS.get(scenario.orderSymbol()), covered, Price.of("10.00"));
        RiskContext partnerHeld = context(scenario, Quantity.ZERO, covered.isPositive() ? List.of(partner) : List.of());

        assertThat(withCover.exposure().grossBefore()).isEqualTo(partnerHeld.exposure().grossBefore());
        assertThat(withCover.exposure().netBefore()).isEqualTo(partnerHeld.exposure().netBefore());
        assertThat(withCover.figures().positionBeforeAbs()).isEqualTo(partnerHeld.figures().positionBeforeAbs());
        assertThat(withCover.figures().valueBefore()).isEqualTo(partnerHeld.figures().valueBefore());
        assertThat(withCover.exposure().grossAfter()).isEqualTo(uncovered.exposure().grossAfter());
        assertThat(withCover.exposure().netAfter()).isEqualTo(uncovered.exposure().netAfter());
        assertThat(withCover.figures().positionAfterAbs()).isEqualTo(uncovered.figures().positionAfterAbs());
        assertThat(withCover.figures().valueAfter()).isEqualTo(uncovered.figures().valueAfter());
        // what reduce-only checks and the short-sale figures see does not change
        assertThat(withCover.figures().positionBefore()).isEqualTo(uncovered.figures().positionBefore());
        assertThat(withCover.figures().reducesPosition()).isEqualTo(uncovered.figures().reducesPosition());
        assertThat(withCover.figures().shortSaleQuantity()).isEqualTo(uncovered.figures().shortSaleQuantity());
    }

    @Provide
    Arbitrary<Integer> covers() {
        return Arbitraries.integers().between(0, 60);
    }

    /** The definition: every symbol's committed position x valuation price, summed. */
    private static BigDecimal[] fullPass(RiskContext context, boolean includingOrder) {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (Map.Entry<Symbol, Quantity> position : context.committedPositions(includingOrder).entrySet()) {
            BigDecimal value = context.value(position.getKey(), position.getValue()).value();
            gross = gross.add(value.abs());
            net = net.add(value);
        }
        return new BigDecimal[] {gross, net};
    }

    private static RiskContext context(Scenario s) {
        return context(s, Quantity.ZERO, List.of());
    }

    private static RiskContext context(Scenario s, Quantity covered, List<Reservation> extraOpen) {
        Map<Symbol, Quantity> positions = new HashMap<>();
        Map<Symbol, Price> marks = new HashMap<>();
        for (Holding h : s.holdings()) {
            positions.put(SYMBOLS.get(h.symbol()), Quantity.of(h.quantity()));
            if (h.markCents() > 0) {
                marks.put(SYMBOLS.get(h.symbol()), cents(h.markCents()));
            }
        }
        UnappliedFills unapplied = UnappliedFills.NONE;
        for (Holding h : s.unapplied()) {
            if (h.quantity() != 0 && h.markCents() > 0) {
                Quantity qty = Quantity.of(Math.abs(h.quantity()));
                unapplied = unapplied.plus(h.quantity() > 0 ? Side.BUY : Side.SELL, SYMBOLS.get(h.symbol()), qty,
                        cents(h.markCents()).times(qty));
            }
        }
        List<Reservation> open = new ArrayList<>();
        for (Open o : s.open()) {
            open.add(new Reservation(ClientOrderId.of("o-" + open.size()), o.buy() ? Side.BUY : Side.SELL,
                    SYMBOLS.get(o.symbol()), Quantity.of(o.remaining()), cents(o.priceCents())));
        }
        open.addAll(extraOpen);
        Symbol symbol = SYMBOLS.get(s.orderSymbol());
        boolean limit = s.limitCents() > 0;
        OrderTicket order = new OrderTicket(ClientOrderId.of("order"), symbol, s.buy() ? Side.BUY : Side.SELL,
                limit ? OrderType.LIMIT : OrderType.MARKET, TimeInForce.DAY, Quantity.of(s.quantity()),
                limit ? cents(s.limitCents()) : null, null, OrderSource.MANUAL, null);
        AccountState account = new AccountState(AccountId.of("acc"), Money.of("100000"), 0, positions, marks,
                EquityMarks.start(LocalDate.of(2025, 3, 3), Money.of("100000")));
        ReferenceQuote quote = new ReferenceQuote(symbol, Price.of("9.99"), Price.of("10.01"), NOW);
        return new RiskContext(order, Optional.empty(), Optional.of(quote), NOW, Optional.of(account), unapplied,
                open, RiskLimits.defaults(), EffectiveTradingState.ACTIVE, List.of(), MarketClock.alwaysOpen(),
                Quantity.ZERO, covered);
    }

    private static Price cents(int cents) {
        return Price.of(BigDecimal.valueOf(cents, 2));
    }

}
