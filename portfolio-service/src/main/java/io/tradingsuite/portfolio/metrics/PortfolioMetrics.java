package io.tradingsuite.portfolio.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.core.portfolio.AccountValuation;
import io.tradingsuite.core.portfolio.FillApplied;
import io.tradingsuite.portfolio.ledger.LedgerListener;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code ts.portfolio.cash}, {@code ts.portfolio.equity}, {@code ts.portfolio.pnl.realized},
 * {@code ts.portfolio.pnl.unrealized} (tag {@code account}) from each account's latest committed valuation, and the
 * counter {@code ts.portfolio.fills.applied} (tags {@code account}, {@code change}). Gauges are doubles: they are
 * for dashboards only, never for bookkeeping.
 */
@Component
public class PortfolioMetrics implements LedgerListener {

    private final MeterRegistry registry;
    private final Map<AccountId, AccountValuation> latest = new ConcurrentHashMap<>();

    public PortfolioMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void fillApplied(FillApplied applied) {
        Counter.builder("ts.portfolio.fills.applied")
                .description("Fills applied to the ledger (duplicates excluded)")
                .tag("account", applied.accountId().value())
                .tag("change", applied.change().kind().name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    @Override
    public void valued(AccountValuation valuation) {
        if (latest.put(valuation.accountId(), valuation) == null) {
            register(valuation.accountId());
        }
    }

    private void register(AccountId account) {
        gauge("ts.portfolio.cash", "Cash", account, AccountValuation::cash);
        gauge("ts.portfolio.equity", "Cash plus market value of the positions", account, AccountValuation::equity);
        gauge("ts.portfolio.pnl.realized", "Realised P&L", account, AccountValuation::realizedPnl);
        gauge("ts.portfolio.pnl.unrealized", "Unrealised P&L at the latest marks", account, AccountValuation::unrealizedPnl);
    }

    private void gauge(String name, String description, AccountId account, Function<AccountValuation, Money> amount) {
        Gauge.builder(name, latest, values -> {
                    AccountValuation valuation = values.get(account);
                    return valuation == null ? Double.NaN : amount.apply(valuation).value().doubleValue();
                })
                .description(description)
                .baseUnit("USD")
                .tag("account", account.value())
                .register(registry);
    }
}
