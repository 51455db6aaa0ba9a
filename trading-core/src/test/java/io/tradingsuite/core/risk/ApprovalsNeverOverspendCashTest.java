package io.tradingsuite.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariant: whatever sequence of buy requests, partial fills (at or better than the reference price),
 * cancellations and late account snapshots happens, the cash reserved by open buys plus the cash already spent
 * never exceeds the account's cash.
 */
class ApprovalsNeverOverspendCashTest {

    private static final RiskLimits LIMITS = new RiskLimits(Quantity.of(1), Quantity.of(1_000_000),
            Money.of("1000000000"), 500, Duration.ofSeconds(30), 1);

    sealed interface Step permits Request, Fill, Cancel, Snapshot {
    }

    record Request(int quantity, int priceCents) implements Step {
    }

    record Fill(int orderIndex, int percent, int improvementCents) implements Step {
    }

    record Cancel(int orderIndex) implements Step {
    }

    record Snapshot() implements Step {
    }

    @Property(tries = 300, seed = "20250303")
    void reservedPlusSpentNeverExceedsCash(@ForAll @IntRange(min = 0, max = 100_000) int initialDollars,
            @ForAll("steps") List<Step> steps) {
        Money initialCash = Money.of(initialDollars);
        Book book = new Book(initialCash);

        for (Step step : steps) {
            book.apply(step);
            assertThat(book.spent.plus(book.reservedCash()))
                    .as("spent + reserved after %s", step)
                    .isLessThanOrEqualTo(initialCash);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> request = Combinators.combine(Arbitraries.integers().between(1, 300),
                Arbitraries.integers().between(100, 50_000)).as(Request::new);
        Arbitrary<Step> fill = Combinators.combine(Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(1, 100), Arbitraries.integers().between(0, 50)).as(Fill::new);
        Arbitrary<Step> cancel = Arbitraries.integers().between(0, 20).map(Cancel::new);
        Arbitrary<Step> snapshot = Arbitraries.just(new Snapshot());
        return Arbitraries.frequencyOf(
                Tuple.of(5, request),
                Tuple.of(3, fill),
                Tuple.of(1, cancel),
                Tuple.of(1, snapshot)).list().ofMinSize(1).ofMaxSize(40);
    }

    /** The risk service's view of one account, driven like the live service drives it. */
    private static final class Book {

        private final Money initialCash;
        private final RiskAuthority authority = new RiskAuthority(
                symbol -> Optional.of(RiskFixture.asset(symbol, true, true, true)),
                Clock.fixed(RiskFixture.NOW, ZoneOffset.UTC));
        private final List<Reservation> open = new ArrayList<>();
        private final List<Money> fillCash = new ArrayList<>();
        private Money spent = Money.ZERO;
        private AccountState snapshot;
        private int counter;

        Book(Money initialCash) {
            this.initialCash = initialCash;
            this.snapshot = new AccountState(RiskFixture.ACCOUNT, initialCash, 0, Map.of());
        }

        Money reservedCash() {
            return open.stream().map(Reservation::reservedCash).reduce(Money.ZERO, Money::plus);
        }

        void apply(Step step) {
            switch (step) {
                case Request r -> request(r);
                case Fill f -> fill(f);
                case Cancel c -> {
                    if (!open.isEmpty()) {
                        open.remove(c.orderIndex() % open.size());
                    }
                }
                case Snapshot s -> snapshot = new AccountState(RiskFixture.ACCOUNT, initialCash.minus(spent),
                        fillCash.size(), Map.of());
            }
        }

        private void request(Request r) {
            Price price = Price.of(BigDecimal.valueOf(r.priceCents(), 2));
            OrderTicket ticket = new OrderTicket(ClientOrderId.of("p-" + (++counter)), RiskFixture.AAPL, Side.BUY,
                    OrderType.LIMIT, TimeInForce.DAY, Quantity.of(r.quantity()), price, null, OrderSource.BOT, null);
            ReferenceQuote quote = new ReferenceQuote(RiskFixture.AAPL, price, price, RiskFixture.NOW);
            RiskVerdict verdict = authority.decide(ticket, Optional.of(quote), Optional.of(snapshot), unapplied(),
                    open, LIMITS);
            if (verdict.approved()) {
                open.add(new Reservation(ticket.clientOrderId(), Side.BUY, ticket.symbol(), ticket.quantity(),
                        verdict.referencePrice().orElseThrow()));
            }
        }

        private void fill(Fill f) {
            if (open.isEmpty()) {
                return;
            }
            int index = f.orderIndex() % open.size();
            Reservation reservation = open.get(index);
            BigDecimal wanted = reservation.remaining().value().multiply(BigDecimal.valueOf(f.percent()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
            Quantity quantity = Quantity.of(wanted).min(reservation.remaining());
            BigDecimal improved = reservation.referencePrice().value().subtract(BigDecimal.valueOf(f.improvementCents(), 2));
            Price fillPrice = improved.signum() > 0 ? Price.of(improved) : reservation.referencePrice();
            Money cost = fillPrice.times(quantity);
            spent = spent.plus(cost);
            fillCash.add(cost.negate());
            Reservation reduced = reservation.reducedBy(quantity);
            if (reduced.remaining().isZero()) {
                open.remove(index);
            } else {
                open.set(index, reduced);
            }
        }

        private UnappliedFills unapplied() {
            Money cash = fillCash.subList((int) snapshot.fillsApplied(), fillCash.size()).stream()
                    .reduce(Money.ZERO, Money::plus);
            return new UnappliedFills(cash, Map.of());
        }
    }
}
