package io.tradingsuite.risk.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.core.risk.AccountRiskMetrics;
import io.tradingsuite.core.risk.RiskScope;
import io.tradingsuite.core.risk.ValueAtRisk;
import io.tradingsuite.common.types.TradingState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The risk gauges, registered the first time an account or scope is seen and read from the latest computed value:
 * <ul>
 *   <li>{@code ts.risk.exposure.gross{account}}, {@code ts.risk.exposure.net{account}}, {@code ts.risk.drawdown{account}},
 *       {@code ts.risk.pnl.daily{account}} (account currency);</li>
 *   <li>{@code ts.risk.var{account, confidence=95|99, method=parametric|historical}} (one-day loss; NaN while the
 *       return window is too short);</li>
 *   <li>{@code ts.risk.trading.state{scope}}: 0 active, 1 reducing, 2 halted.</li>
 * </ul>
 */
@Component
public class RiskGauges {

    public static final String GROSS = "ts.risk.exposure.gross";
    public static final String NET = "ts.risk.exposure.net";
    public static final String DRAWDOWN = "ts.risk.drawdown";
    public static final String DAILY_PNL = "ts.risk.pnl.daily";
    public static final String VAR = "ts.risk.var";
    public static final String TRADING_STATE = "ts.risk.trading.state";

    private final MeterRegistry registry;
    private final Map<AccountId, AtomicReference<AccountRiskMetrics>> accounts = new ConcurrentHashMap<>();
    private final Map<RiskScope, AtomicInteger> states = new ConcurrentHashMap<>();

    public RiskGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Publishes an account's latest metrics. */
    public void account(AccountId accountId, AccountRiskMetrics metrics) {
        accounts.computeIfAbsent(accountId, this::register).set(metrics);
    }

    /** Publishes a scope's trading state. */
    public void tradingState(RiskScope scope, TradingState state) {
        states.computeIfAbsent(scope, s -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder(TRADING_STATE, value, AtomicInteger::get)
                    .description("Trading state of a scope: 0 active, 1 reducing, 2 halted")
                    .tag("scope", s.wire())
                    .register(registry);
            return value;
        }).set(code(state));
    }

    /** The gauge value of a trading state. */
    static int code(TradingState state) {
        return switch (state) {
            case ACTIVE -> 0;
            case REDUCING -> 1;
            case HALTED -> 2;
        };
    }

    private AtomicReference<AccountRiskMetrics> register(AccountId accountId) {
        AtomicReference<AccountRiskMetrics> latest = new AtomicReference<>();
        String account = accountId.value();
        money(GROSS, "Gross exposure: sum of |position x price|", account, latest, AccountRiskMetrics::grossExposure);
        money(NET, "Net exposure: sum of signed position x price", account, latest, AccountRiskMetrics::netExposure);
        money(DRAWDOWN, "Equity below its high-water mark", account, latest, AccountRiskMetrics::drawdown);
        money(DAILY_PNL, "Equity change since the start of the UTC day", account, latest, AccountRiskMetrics::dailyPnl);
        for (int confidence : ValueAtRisk.CONFIDENCE_PCTS) {
            for (ValueAtRisk.Method method : ValueAtRisk.Method.values()) {
                Gauge.builder(VAR, latest, ref -> {
                            AccountRiskMetrics m = ref.get();
                            return m == null ? Double.NaN : m.valueAtRisk()
                                    .map(v -> v.of(confidence, method).value().doubleValue()).orElse(Double.NaN);
                        })
                        .description("One-day value at risk (loss) by confidence and method")
                        .tag("account", account)
                        .tag("confidence", Integer.toString(confidence))
                        .tag("method", method.wire())
                        .register(registry);
            }
        }
        return latest;
    }

    private void money(String name, String description, String account, AtomicReference<AccountRiskMetrics> latest,
            Function<AccountRiskMetrics, Money> field) {
        Gauge.builder(name, latest, ref -> ref.get() == null ? Double.NaN : field.apply(ref.get()).value().doubleValue())
                .description(description)
                .tag("account", account)
                .register(registry);
    }
}
