package io.tradingsuite.risk.metrics;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.risk.AccountRiskMetrics;
import io.tradingsuite.core.risk.AccountState;
import io.tradingsuite.core.risk.ReturnMatrix;
import io.tradingsuite.core.risk.RiskMetricsCalculator;
import io.tradingsuite.core.risk.UnappliedFills;
import io.tradingsuite.risk.config.RiskMetricsProperties;
import io.tradingsuite.risk.exposure.AccountStateRepository;
import io.tradingsuite.risk.exposure.FillLedger;
import io.tradingsuite.risk.exposure.PriceReturns;
import io.tradingsuite.risk.exposure.QuoteBook;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes an account's real-time {@link AccountRiskMetrics} with trading-core's {@link RiskMetricsCalculator}:
 * positions = latest snapshot + fills risk has seen since; price = the latest quote's mid, else the snapshot's mark;
 * equity marks from {@code account_equity}; returns from {@link PriceReturns}. Every result also updates the
 * account's gauges.
 */
@Service
public class AccountMetricsService {

    private final AccountStateRepository accounts;
    private final FillLedger fills;
    private final QuoteBook quotes;
    private final PriceReturns returns;
    private final RiskGauges gauges;
    private final double horizonScale;
    private final Clock clock;

    public AccountMetricsService(AccountStateRepository accounts, FillLedger fills, QuoteBook quotes,
            PriceReturns returns, RiskGauges gauges, RiskMetricsProperties properties, Clock clock) {
        this.accounts = accounts;
        this.fills = fills;
        this.quotes = quotes;
        this.returns = returns;
        this.gauges = gauges;
        this.horizonScale = properties.horizonScale();
        this.clock = clock;
    }

    /** The account's metrics now; empty while risk has seen no snapshot of it. */
    @Transactional(readOnly = true)
    public Optional<AccountRiskMetrics> metrics(AccountId accountId) {
        Optional<AccountRiskMetrics> metrics = accounts.find(accountId).map(this::calculate);
        metrics.ifPresent(m -> gauges.account(accountId, m));
        return metrics;
    }

    /** Recomputes the metrics of every account with a snapshot (for the gauges). */
    @Transactional(readOnly = true)
    public void refreshAll() {
        List<AccountId> all = accounts.accounts();
        all.forEach(this::metrics);
    }

    private AccountRiskMetrics calculate(AccountState account) {
        UnappliedFills unapplied = fills.unapplied(account.accountId(), account.fillsApplied());
        Map<Symbol, Quantity> positions = new HashMap<>(account.positions());
        unapplied.positionEffect().forEach((symbol, effect) -> positions.merge(symbol, effect, Quantity::plus));
        positions.values().removeIf(Quantity::isZero);
        Map<Symbol, Price> prices = new HashMap<>();
        for (Symbol symbol : positions.keySet()) {
            quotes.latest(symbol).map(q -> PriceReturns.mid(q.bid(), q.ask()))
                    .or(() -> Optional.ofNullable(account.marks().get(symbol)))
                    .ifPresent(price -> prices.put(symbol, price));
        }
        ReturnMatrix matrix = returns.aligned(prices.keySet().stream().sorted((a, b) -> a.value().compareTo(b.value()))
                .toList());
        return RiskMetricsCalculator.calculate(positions, prices, account.equity(), matrix, horizonScale,
                clock.instant());
    }
}
