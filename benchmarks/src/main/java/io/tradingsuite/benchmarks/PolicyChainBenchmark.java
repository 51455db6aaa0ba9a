package io.tradingsuite.benchmarks;

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
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.core.risk.AccountState;
import io.tradingsuite.core.risk.EffectiveTradingState;
import io.tradingsuite.core.risk.EquityMarks;
import io.tradingsuite.core.risk.ReferenceQuote;
import io.tradingsuite.core.risk.RiskAuthority;
import io.tradingsuite.core.risk.RiskContext;
import io.tradingsuite.core.risk.RiskLimits;
import io.tradingsuite.core.risk.RiskPolicies;
import io.tradingsuite.core.risk.RiskVerdict;
import io.tradingsuite.core.risk.UnappliedFills;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pre-trade policy chain on the approve path for an account holding {@code positions} symbols, beside a
 * baseline of one {@link HashMap} lookup in a map of the same size (what "look up the account's position" costs at
 * minimum). Three measures: the chain on a built context ({@link RiskPolicies#firstDenial}), the chain with its
 * verdict ({@link RiskPolicies#evaluate(RiskContext)}), and the whole decision including building the context
 * ({@link RiskAuthority#decide}). Run by hand: see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolicyChainBenchmark {

    static final Instant NOW = Instant.parse("2025-03-03T15:00:00Z");

    @Param("1000")
    int positions;

    RiskContext context;
    Map<Symbol, Quantity> positionMap;
    Symbol orderSymbol;
    RiskAuthority authority;
    OrderTicket order;
    Optional<ReferenceQuote> quote;
    Optional<AccountState> account;
    RiskLimits limits;

    @Setup(Level.Trial)
    public void setUp() {
        positionMap = new HashMap<>();
        Map<Symbol, Price> marks = new HashMap<>();
        for (int i = 0; i < positions; i++) {
            Symbol symbol = Symbol.of(String.format("S%04d", i));
            positionMap.put(symbol, Quantity.of(10));
            marks.put(symbol, Price.of("10.00"));
        }
        orderSymbol = Symbol.of(String.format("S%04d", positions / 2));
        Money cash = Money.of("1000000.00");
        Money equity = cash.plus(Price.of("10.00").times(Quantity.of(10L * positions)));
        AccountState account = new AccountState(AccountId.of("bench-acc"), cash, 0, positionMap, marks,
                EquityMarks.start(LocalDate.of(2025, 3, 3), equity));
        Asset asset = new Asset(orderSymbol, "Bench Inc.", "us_equity", "NASDAQ", true, true, true, Quantity.of(1),
                Price.of("0.01"));
        quote = Optional.of(new ReferenceQuote(orderSymbol, Price.of("10.00"), Price.of("10.01"),
                NOW.minusSeconds(1)));
        this.account = Optional.of(account);
        limits = RiskLimits.defaults();
        authority = new RiskAuthority(symbol -> symbol.equals(orderSymbol) ? Optional.of(asset) : Optional.empty(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        order = new OrderTicket(ClientOrderId.of("bench-1"), orderSymbol, Side.BUY, OrderType.MARKET,
                TimeInForce.DAY, Quantity.of(1), null, null, OrderSource.MANUAL, null);
        context = new RiskContext(order, Optional.of(asset), quote, NOW, this.account,
                UnappliedFills.NONE, List.of(), limits, EffectiveTradingState.ACTIVE, List.of());
        RiskVerdict verdict = RiskPolicies.evaluate(context);
        if (!verdict.approved() || !decide().approved() || policyChain().isPresent()) {
            throw new IllegalStateException("the benchmark must measure the approve path, got " + verdict);
        }
    }

    /** The full chain of policies on a built context, approve path: empty means approved. */
    @Benchmark
    public Optional<RiskPolicies.Denial> policyChain() {
        return RiskPolicies.firstDenial(RiskPolicies.all(), context);
    }

    /** The chain and its verdict (the record the decision event is made of). */
    @Benchmark
    public RiskVerdict policyChainWithVerdict() {
        return RiskPolicies.evaluate(context);
    }

    /** The whole decision: build the context (asset lookup, the order's figures) from the state, run the chain. */
    @Benchmark
    public RiskVerdict decide() {
        return authority.decide(order, quote, account, UnappliedFills.NONE, List.of(), limits,
                EffectiveTradingState.ACTIVE, List.of());
    }

    /** Baseline: one position lookup in a HashMap of the same size. */
    @Benchmark
    public Quantity hashMapLookup() {
        return positionMap.get(orderSymbol);
    }
}
